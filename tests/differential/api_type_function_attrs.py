def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
t(lambda: D.mro())
t(lambda: D.__mro__)
t(lambda: A.__subclasses__())
t(lambda: B.__subclasses__())
t(lambda: D.__subclasses__())
t(lambda: D.__bases__)
t(lambda: A.__bases__)
t(lambda: int.mro())
t(lambda: bool.__bases__)
t(lambda: bool in int.__subclasses__())
def make():
    class E(A): pass
    return E
e = make()
t(lambda: [c.__name__ for c in A.__subclasses__()])
del e
t(lambda: [c.__name__ for c in A.__subclasses__()])
A.__name__ = 'Z'
t(lambda: A)
t(lambda: A.__name__)
t(lambda: A.__qualname__)
A.__qualname__ = 'Q.R'
t(lambda: A)
t(lambda: A.__qualname__)
t(lambda: A().missing)
def setname(v):
    A.__name__ = v
t(lambda: setname(5))
t(lambda: setname('a\0b'))
def delname():
    del A.__name__
t(delname)
def setint():
    int.__name__ = 'x'
t(setint)
def f(a, b=2, *, c=3): return (a, b, c)
f.__defaults__ = (5,)
t(lambda: f(1))
t(lambda: f.__defaults__)
f.__defaults__ = (7, 8)
t(lambda: f())
f.__kwdefaults__ = {'c': 9}
t(lambda: f(1))
f.__defaults__ = None
t(lambda: f(1))
t(lambda: f(1, 2))
f.__kwdefaults__ = None
t(lambda: f(1, 2))
def setd(v):
    f.__defaults__ = v
t(lambda: setd([1]))
def setk(v):
    f.__kwdefaults__ = v
t(lambda: setk(1))
f.__name__ = 'g'; f.__qualname__ = 'G.g'
t(lambda: (f.__name__, f.__qualname__))
t(lambda: repr(f).split(' at ')[0])
t(lambda: f(1, 2))
def setfn(v):
    f.__name__ = v
t(lambda: setfn(3))
def h(x, y=10): return x + y
h.__defaults__ = (100,)
t(lambda: [h(i) for i in range(3)])
t(lambda: h.__defaults__)
h.__defaults__ = ()
t(lambda: h.__defaults__)
t(lambda: h(1))
