class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, sorted(P.__slots__))

class Q(P):
    pass
q = Q(1, 2)
q.z = 9
print(q.z, q.__dict__)

class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 5
print(r.w, r.x)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only, Single.__slots__)


class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class AB(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

class Empty:
    __slots__ = ()
e = Empty()
try:
    e.anything = 1
except AttributeError as e2:
    print(type(e2).__name__, e2)

class Defaults:
    __slots__ = ("a", "b")
    def __init__(self, a=0):
        self.a = a
d = Defaults(7)
print(d.a, getattr(d, "b", "missing"))
setattr(d, "b", 8)
print(d.b)

class WeakAndSlots:
    __slots__ = ("val", "__weakref__")
print(sorted(WeakAndSlots.__slots__))

class Point3:
    __slots__ = ("x", "y", "z")
    def __init__(self, *c):
        for n, v in zip(self.__slots__, c):
            setattr(self, n, v)
    def __repr__(self):
        return "Point3(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__) + ")"
    def __eq__(self, o):
        return all(getattr(self, n) == getattr(o, n) for n in self.__slots__)
print(Point3(1, 2, 3), Point3(1, 2, 3) == Point3(1, 2, 3))
