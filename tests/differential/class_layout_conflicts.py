def make(*bases):
    try:
        C = type("C", bases, {})
        print([b.__name__ for b in C.__mro__])
    except TypeError as e:
        print("TypeError", e)
class A: pass
class B(A): pass
class Sl:
    __slots__ = ("x",)
class Sl2:
    __slots__ = ("y",)
class Sl3(Sl):
    pass
make(int, str); make(int, object); make(Exception, int); make(list, dict); make(ValueError, TypeError)
make(A, B); make(B, A); make(A, Sl); make(Sl, Sl2); make(Sl, A); make(int, A); make(Sl3, Sl); make(Sl, Sl3)
make(float, int); make(KeyError, ValueError)
