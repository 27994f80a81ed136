class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Vec(" + repr(self.x) + ", " + repr(self.y) + ")"

class Named:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return "Named " + self.n
    def __repr__(self):
        return "Named(" + repr(self.n) + ")"

class StrOnly:
    def __str__(self):
        return "just str"

v = Vec(1, "a")
print(v, repr(v), str(v))
print([v, Vec(2.5, None)])
n = Named("x")
print(n, repr(n), [n], (n,), {"k": n}, f"{n}", f"{n!r}")
print("%s %r" % (n, n))
s = StrOnly()
print(s, str(s), "{}".format(s))
print(repr(s).startswith("<__main__.StrOnly object at"))
class Child(Vec):
    pass
print(Child(3, 4))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
