from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), isinstance(p, tuple), type(p).__name__)
print(Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__, repr(Point))
print(p._asdict(), p._replace(x=10), Point._make([3, 4]), p.__getnewargs__(), tuple(p), hash(p) == hash((1, 2)))
a, b = p
print(a + b, p + (3,), p * 2, sorted([Point(2, 1), Point(1, 5)]), max(Point(1, 2)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__match_args__)
R = namedtuple("R", "abc def _x abc 1y", rename=True)
print(R._fields)
class Sub(namedtuple("Base", "u v")):
    __slots__ = ()
    @property
    def total(self): return self.u + self.v
    def __str__(self): return f"<{self.u},{self.v}>"
s = Sub(3, 4)
print(s, repr(s), s.total, type(s._replace(u=1)).__name__, Sub._make((5, 6)).total)
print(Point(x=1, y=2)._replace())
for bad in [lambda: Point(1), lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point(1, x=2),
            lambda: P3(), lambda: P3(1, 2, 3, 4), lambda: P3(1, 2, 3, 4, 5),
            lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "_x"), lambda: namedtuple("P", "x def"), lambda: namedtuple("1P", "x"),
            lambda: namedtuple("P", "x 1"), lambda: namedtuple("P", "x", defaults=[1, 2]), lambda: p._replace(z=1), lambda: Point._make([1]),
            lambda: setattr(p, "z", 1), lambda: namedtuple("T", "a b c")(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
E = namedtuple("E", "")
print(E(), E._fields, len(E()))
M = namedtuple("M", "x, y,z")
print(M(1, 2, 3), M._fields)
m = {p: "pt"}
print(m[(1, 2)], p in {(1, 2)}, p.count(1), p.index(2))
match p:
    case Point(x, y):
        print("matched", x, y)
