class MyInt(int):
    def double(self):
        return self * 2
x = MyInt(21)
print(x, x.double(), x + 1, type(x).__name__, isinstance(x, int), repr(x))
class Markup(str):
    def __add__(self, other):
        return Markup(str(self) + "<" + other + ">")
    def __repr__(self):
        return "Markup(%s)" % str.__repr__(self)
m = Markup("héllo")
print(m, len(m), m.upper(), repr(m), m + "x", type(m + "x").__name__, m[1], m == "héllo")
m.extra = 5
print(m.extra, hash(m) == hash("héllo"))
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p), p + (5,), type(p).__name__)
class T(tuple):
    pass
t = T([1, 2])
t.label = "lab"
print(t, t.label)
class F(float):
    pass
f = F(2.5)
print(f * 2, f, type(f).__name__)
class B(bytes):
    pass
print(B(b"abc"), B(b"abc")[1])
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError", e)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
s.b = 7
print(s.b)
