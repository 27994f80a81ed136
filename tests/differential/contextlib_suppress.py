from contextlib import suppress, nullcontext, closing
with suppress(KeyError, IndexError):
    [][1]
print("a")
with suppress(LookupError):
    {}["x"]
print("b")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
with suppress():
    pass
with suppress(ValueError):
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
print("group suppressed")
try:
    with suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("rest", repr(eg), [type(e).__name__ for e in eg.exceptions])
with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)
class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
try:
    with closing(Res()):
        raise RuntimeError("x")
except RuntimeError:
    print("raised through")
