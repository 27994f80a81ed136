CONST = 3
def visible():
    return "visible"
def _hidden_fn():
    return "hidden"
