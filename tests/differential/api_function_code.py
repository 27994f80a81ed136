def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b, /, c, d=1, *args, e, g=2, **kw):
    x = 1
    return x
c = f.__code__
t(lambda: (c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount))
t(lambda: c.co_filename.endswith('.py'))
t(lambda: c.co_firstlineno)
t(lambda: f.__code__ is c)
class K:
    def m(self, z): pass
    @staticmethod
    def s(): pass
t(lambda: (K.m.__code__.co_qualname, K.m.__code__.co_argcount, K.s.__code__.co_argcount))
f.__name__ = 'renamed'
t(lambda: f.__code__.co_name)
lam = lambda q, r=1: q
t(lambda: (lam.__code__.co_name, lam.__code__.co_argcount))
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.nargs = fn.__code__.co_argcount
    return wrapper
@deco
def three(a, b, c): return a + b + c
t(lambda: (three.nargs, three(1, 2, 3)))
