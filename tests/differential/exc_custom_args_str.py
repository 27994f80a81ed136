class AppError(Exception):
    pass
class WithInit(AppError):
    def __init__(self, code, detail="none"):
        super().__init__(code, detail)
        self.code = code
class WithStr(AppError):
    def __str__(self):
        return f"custom str ({len(self.args)} args)"
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"

for e in [AppError(), AppError("one"), AppError("a", 2), WithInit(404), WithInit(500, "boom"), WithStr(1, 2), NoSuperInit(7), WithRepr("r")]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)

e = AppError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
e.args = "abc"
print(e.args)
print(str(KeyError("k")), str(KeyError("k", "j")), str(KeyError()), repr(KeyError("k")))
print(str(IndexError(5)), str(OSError(2, "No such file")), OSError(2, "x").errno, OSError(2, "x").strerror)
print(repr(StopIteration(3)), StopIteration(3).value, StopIteration().value, SystemExit(4).code, SystemExit().code)
print(repr(UnicodeError("u")), isinstance(UnicodeDecodeError("utf-8", b"x", 0, 1, "r"), ValueError))
try:
    raise WithInit(1)
except AppError as caught:
    print("caught as base", caught.code, caught)
try:
    raise AppError
except AppError as caught:
    print("class raised:", repr(caught))
try:
    raise 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise object
except TypeError as err:
    print(type(err).__name__, err)
class NotExc:
    pass
try:
    try:
        pass
    except NotExc:
        pass
    print("no error when not raised")
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as err:
    print(type(err).__name__, err)
print(issubclass(WithInit, Exception), WithInit.__mro__[1].__name__, AppError.__bases__[0].__name__)
print([c.__name__ for c in KeyError.__mro__], [c.__name__ for c in ZeroDivisionError.__mro__])
print(issubclass(FileNotFoundError, OSError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(isinstance(KeyboardInterrupt(), Exception), isinstance(GeneratorExit(), BaseException), issubclass(StopAsyncIteration, Exception))
err = ValueError("n")
err.add_note("first")
err.add_note("second")
print(err.__notes__)
try:
    err.add_note(5)
except TypeError as e2:
    print(type(e2).__name__, e2)
print(BaseException("a", "b").with_traceback(None).args)
