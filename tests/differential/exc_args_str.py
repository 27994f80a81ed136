excs = [Exception(), Exception("msg"), Exception("a", 1), ValueError(42), KeyError("k"),
        KeyError("k", "j"), IndexError(), TypeError(None), RuntimeError(""), ZeroDivisionError("zd")]
for e in excs:
    print(type(e).__name__, "| str:", repr(str(e)), "| repr:", repr(e), "| args:", e.args)
e = ValueError("x", "y")
print(e.args[0], e.args[1], len(e.args))
try:
    raise ValueError
except ValueError as ex:
    print("class raised:", repr(ex), ex.args)
try:
    raise Exception("with", "many", "args")
except Exception as ex:
    print(ex)
try:
    raise 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise object
except TypeError as ex:
    print(type(ex).__name__, ex)
err = OSError(2, "No such file")
print(err.args, str(err))
print(isinstance(ValueError("v"), Exception), ValueError("a") == ValueError("a"))
