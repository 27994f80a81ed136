class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return f"Base.__add__({self.v}, {getattr(o, 'v', o)})"
    def __radd__(self, o):
        return f"Base.__radd__({self.v}, {getattr(o, 'v', o)})"
    def __lt__(self, o):
        return f"Base.__lt__"
    def __gt__(self, o):
        return f"Base.__gt__"
    def __eq__(self, o):
        return f"Base.__eq__"
class Derived(Base):
    def __radd__(self, o):
        return f"Derived.__radd__({self.v}, {getattr(o, 'v', o)})"
    def __gt__(self, o):
        return "Derived.__gt__"
    def __eq__(self, o):
        return "Derived.__eq__"
class DerivedNoOverride(Base):
    pass

b, d, dn = Base(1), Derived(2), DerivedNoOverride(3)
print(b + d)
print(d + b)
print(b + dn)
print(b < d)
print(d < b)
print(b == d, d == b)
print(b == dn)
print(1 + b, "s" + d)

class Left:
    def __add__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return "Left.__mul__"
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
    def __rmul__(self, o):
        return "Right.__rmul__"
print(Left() + Right(), Left() * Right())
class Both:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Both() + Both()
except TypeError as e:
    print(type(e).__name__, e)
class IntLike(int):
    def __radd__(self, o):
        return "IntLike.__radd__"
    def __add__(self, o):
        return "IntLike.__add__"
print(1 + IntLike(2), IntLike(2) + 1, 1.5 + IntLike(2))
class ListLike(list):
    def __radd__(self, o):
        return "ListLike.__radd__"
print([1] + ListLike([2]))
class StrLike(str):
    def __radd__(self, o):
        return "StrLike.__radd__"
    def __rmod__(self, o):
        return "StrLike.__rmod__"
print("a" + StrLike("b"), "%s" % StrLike("x"))
class Inplace:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
x = Inplace()
x += 1
print(x)
