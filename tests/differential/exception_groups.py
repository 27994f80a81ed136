def t(f):
    try: r = f(); print("ok", repr(r), type(r).__name__)
    except Exception as e: print(type(e).__name__, e)
t(lambda: ExceptionGroup("x"))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("x", 5))
t(lambda: ExceptionGroup("x", []))
t(lambda: ExceptionGroup("x", [1]))
t(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("x", [ValueError()]))
t(lambda: BaseExceptionGroup("x", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("x", (ValueError(1),)))
class MyEG(ExceptionGroup): pass
t(lambda: MyEG("x", [KeyboardInterrupt()]))
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(str(eg), repr(eg), eg.message, eg.exceptions)
print(ExceptionGroup("one", [ValueError(1)]))
m, r = eg.split(ValueError); print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.split(BaseException)[0] is eg, eg.split(OSError))
t(lambda: eg.split(5))
t(lambda: eg.split(ExceptionGroup))
print(repr(eg.derive([ValueError(9)])))
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e: print("TypeError", e)
print(ExceptionGroup[int], ExceptionGroup.__mro__, BaseExceptionGroup.__mro__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))

# except* semantics
def run(exc):
    try:
        try:
            raise exc
        except* ValueError as e:
            print("  V:", repr(e))
        except* TypeError as e:
            print("  T:", repr(e))
            raise RuntimeError("from handler")
        except* KeyError:
            print("  K")
            raise
    except BaseException as out:
        print("  out:", type(out).__name__, repr(out))
    else:
        print("  nothing propagates")
for exc in [ValueError(1), TypeError(2), KeyError(3), OSError(4),
            ExceptionGroup("g", [ValueError(1), OSError(2)]),
            ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)]),
            ExceptionGroup("g", [KeyError(3), ExceptionGroup("h", [KeyError(4), OSError(5)])])]:
    print(repr(exc))
    run(exc)

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    print("caught", e, type(e).__name__)
try:
    e
except NameError as ne:
    print("NameError", ne)
def gen():
    try:
        yield 1
        raise ExceptionGroup("eg", [ZeroDivisionError()])
    except* ZeroDivisionError as z:
        yield repr(z)
print(list(gen()))
