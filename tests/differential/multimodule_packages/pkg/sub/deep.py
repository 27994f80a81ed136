from ..mod import thing
def deep_fn():
    return "deep " + str(thing()[1])
