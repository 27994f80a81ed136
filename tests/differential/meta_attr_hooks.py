class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattr__(self, name):
        self.log.append(("miss", name))
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

r = Recorder()
r.a = 1
r.b = [2]
print(r.a, r.auto_xyz)
del r.a
try:
    r.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(r.log)
print(getattr(r, "zzz", "default"), hasattr(r, "auto_1"), hasattr(r, "q"))

class Frozen:
    __slots__ = ("x",)
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}: frozen")
    __delattr__ = __setattr__
f = Frozen(3)
try:
    f.x = 4
except AttributeError as e:
    print(e)
print(f.x)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*a, **k):
                res = attr(*a, **k)
                print(f"called {name}{a} -> {res!r}")
                return res
            return wrapper
        return attr
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p.index(2), p._target)
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)

class GA:
    def __getattribute__(self, name):
        if name == "computed":
            return "from getattribute"
        return super().__getattribute__(name)
g = GA()
g.real = 1
print(g.computed, g.real)
try:
    g.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Base:
    def __getattr__(self, n):
        return "base-" + n
class Derived(Base):
    own = "own"
d = Derived()
print(d.own, d.other)
print(vars(d), getattr(Derived, "own"))
try:
    getattr(d, 123)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
