__all__ = ["public_func", "CONSTANT"]
CONSTANT = 7
def public_func():
    return "public"
def hidden():
    return "hidden"
_private = 1
def __getattr__(name):
    if name == "dynamic_thing":
        return "made on demand"
    if name.startswith("an"):
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["CONSTANT", "dynamic_thing"]
