import sys
x = 1
def f(a, b=2):
    c = 3
    print(sorted(locals().items()))
    print(dir())
f(1)
print(sorted(k for k in globals() if not k.startswith("__")))
print([k for k in dir() if not k.startswith("__")])
class C:
    """Doc."""
    y = 2
    def m(self): pass
print(C.__doc__, C.__qualname__, C.m.__qualname__, C.__module__, C.m.__module__)
print(sorted(k for k in vars(C) if not k.startswith("__")))
o = C(); o.z = 5
print(vars(o), o.__dict__)
print(getattr(o, "nope", "default"), hasattr(o, "z"))
print(isinstance(3, (str, int)), callable(len), type(len).__name__)
print(f.__name__, f.__defaults__)
print(sys.version_info[:2], sys.maxsize, sys.byteorder)
def outer(p):
    q = 1
    def inner():
        r = p + q
        return sorted(locals().items())
    s = 0
    for i in range(3):
        s += i
    print(sorted(locals().keys()), s, vars() is not None)
    return inner()
print(outer(10))
def unbound():
    if False:
        z = 1
    return locals()
print(unbound())
class K:
    a = 1
    print(sorted(locals().keys()), dir())
print(globals() is globals(), "outer" in globals())
