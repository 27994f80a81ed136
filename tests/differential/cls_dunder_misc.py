class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))
    def __trunc__(self):
        return Vec(int(self.x), int(self.y))
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __int__(self):
        return int(abs(self))
    def __float__(self):
        return float(abs(self))
    def __complex__(self):
        return 1
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __reversed__(self):
        return iter([self.y, self.x])
    def __iter__(self):
        yield self.x
        yield self.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]

v = Vec(3.7, 4.2)
print(abs(v), bool(v), bool(Vec(0, 0)), round(v), round(v, 0), int(v), float(v))
import math
print(math.floor(v), math.ceil(v), math.trunc(v))
print(list(reversed(v)), list(v), len(v), v[0], v[-1], tuple(v), [*v], dict([v]) if False else "skip")
x, y = v
print(x, y, sorted(v), max(v), sum(v), 3.7 in v)
print({v: 1}[Vec(3.7, 4.2)], v == Vec(3.7, 4.2), v != Vec(0, 0))


class SizeOf:
    def __len__(self):
        return 0
print(not SizeOf(), bool(SizeOf()))

class CtxMgr:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with CtxMgr("a") as a, CtxMgr("b") as b:
    print("body", a, b)
try:
    with CtxMgr("c"):
        raise KeyError("x")
except KeyError:
    print("propagated")

class Del:
    def __del__(self):
        pass
d = Del()
del d
print("deleted")

class Neg:
    def __neg__(self):
        return "negated"
    def __pos__(self):
        return "posd"
    def __invert__(self):
        return "inverted"
n = Neg()
print(-n, +n, ~n)
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in object()
except TypeError as e:
    print(type(e).__name__, e)
