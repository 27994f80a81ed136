def raise_group():
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])

try:
    raise_group()
except* ValueError as eg:
    print("values:", repr(eg), [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("keys:", eg.exceptions)

try:
    try:
        raise_group()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("remaining:", rest.message, [type(e).__name__ for e in rest.exceptions])

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", type(eg).__name__, eg.message, eg.exceptions)

nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
try:
    raise nested
except* ValueError as eg:
    print("nested values:", eg)
    print([type(e).__name__ for e in eg.exceptions])
except* TypeError as eg:
    print("nested types:", eg)

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ValueError(3)])
match, rest = eg.split(ValueError)
print(match, rest)
print(eg.subgroup(lambda e: isinstance(e, TypeError)), eg.subgroup(OSError))
print(len(eg.exceptions), eg.message, str(eg), eg.args[0])
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("auto", [ValueError()])
print(type(beg2).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)

try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise KeyError("raised in handler")
except ExceptionGroup as e:
    print("handler raise:", repr(e), type(e.exceptions[0]).__name__)
except KeyError as e:
    print("plain KeyError", e)

def star_with_else():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else runs")
    finally:
        print("finally runs")
star_with_else()
