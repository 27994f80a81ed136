print("helper loading", __name__)
counter = 0
def greet(n):
    global counter
    counter += 1
    return "hi " + n
exported = "star"
__all__ = ["exported", "greet"]
