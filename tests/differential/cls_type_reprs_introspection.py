class A:
    def m(self):
        pass
    @classmethod
    def c(cls):
        pass
    @staticmethod
    def s():
        pass
    class Inner:
        pass
print(A, A.Inner, type(A()), repr(A), str(A.Inner))
print(int, str, type, object, type(None), type(...), type(NotImplemented))
print(type(len), type(A.m), type(A().m), type(A.c), type(A.s), type(lambda: 0), type(print))
print(A.m.__name__, A.m.__qualname__, A().m.__name__, A.c.__qualname__, A.s.__qualname__, A.Inner.__qualname__)
print(A.__name__, A.__module__, A().m.__self__.__class__.__name__, A.c.__self__ is A)
print(repr(None), repr(True), repr(...), repr(NotImplemented), repr(type(None)))
print(len.__name__, print.__name__, sorted.__name__, int.__name__, type(len).__name__)
print(isinstance(A.m, type(lambda: 0)), callable(A.c), callable(A.Inner))
print(A.__doc__, (lambda: 0).__doc__, A.__dict__["m"].__name__)
print([k for k in A.__dict__ if not k.startswith("__")])
print(int.__mro__, bool.__mro__, type.__mro__)
print(issubclass(type, object), isinstance(type, type), isinstance(object, type), type(type) is type)
print(A.__bases__, A.Inner.__bases__, bool.__bases__, object.__bases__)
def f(a, b=2, *args, c, d=4, **kw):
    "f doc"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
print(sorted(f.__annotations__.items()) if f.__annotations__ else {}, type(f.__dict__).__name__)
def g(x: int, y: "str" = "s") -> list:
    return []
print(g.__annotations__)
class Ann:
    a: int
    b: str = "x"
print(Ann.__annotations__, hasattr(Ann, "a"), Ann.b)
