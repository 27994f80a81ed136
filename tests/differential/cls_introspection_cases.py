class A:
    x = 1
    def m(self): return "m"
    @property
    def p(self): return "p"
class B(A):
    pass
class S:
    __slots__ = ("a",)
import functools
try:
    print(0, repr(A.__dict__['x']))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr('m' in A.__dict__))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(2, repr(B.__dict__.get('x')))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr(vars(B) is not None))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr(A().__dict__))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr(S().__slots__))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(6, repr(hasattr(S(), '__dict__')))
except Exception as e:
    print(6, type(e).__name__, e)
try:
    print(7, repr(A.m(A())))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr(A().m.__func__ is A.m))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr(A.p.fget(None)))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr(type(A.p).__name__))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr(A.__mro__[-1].__name__))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(13, repr(A.__class__.__name__))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr(A().__class__.__name__))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr(isinstance(A, object)))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(16, repr(A.__name__ + B.__qualname__))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr(A.__module__))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr(A.__doc__))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr(A.m.__doc__))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(22, repr(str(A.__init__)[:14]))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr(A.__init__ is object.__init__))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr(A.__hash__ is object.__hash__))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr(A.__eq__(A(), 1)))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr(A() == A()))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr(A().__ne__(1)))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr(A.__str__ is object.__str__))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(31, repr(A.__init_subclass__()))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(32, repr(type(A.__dict__['m']).__name__))
except Exception as e:
    print(32, type(e).__name__, e)
try:
    print(33, repr(A.__getattribute__(A(), 'x')))
except Exception as e:
    print(33, type(e).__name__, e)
try:
    print(34, repr(A.x.__class__.__name__))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(36, repr(A().__format__('')[:10]))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr(format(A(), '')[:10]))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr(A.__new__(A).__class__.__name__))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(39, repr(object.__new__(A).__class__.__name__))
except Exception as e:
    print(39, type(e).__name__, e)
try:
    print(40, repr(dir(A)[:3]))
except Exception as e:
    print(40, type(e).__name__, e)
try:
    print(41, repr('m' in dir(A())))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(42, repr('x' in dir(B)))
except Exception as e:
    print(42, type(e).__name__, e)
try:
    print(43, repr(sorted(set(dir(B)) - set(dir(A)))))
except Exception as e:
    print(43, type(e).__name__, e)
try:
    print(44, repr(len(dir(object)) > 10))
except Exception as e:
    print(44, type(e).__name__, e)
try:
    print(45, repr(getattr(A, '__name__')))
except Exception as e:
    print(45, type(e).__name__, e)
try:
    print(46, repr(A.__qualname__))
except Exception as e:
    print(46, type(e).__name__, e)
try:
    print(47, repr(B.mro if False else 0))
except Exception as e:
    print(47, type(e).__name__, e)
try:
    print(48, repr(callable(A.__call__) if hasattr(A, '__call__') else 'nocall'))
except Exception as e:
    print(48, type(e).__name__, e)
try:
    print(49, repr(functools.reduce(lambda a, c: a + c.__name__, B.__mro__, '')))
except Exception as e:
    print(49, type(e).__name__, e)
try:
    print(50, repr(S.a.__class__.__name__))
except Exception as e:
    print(50, type(e).__name__, e)
