class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def key(self):
        return (self.major, self.minor)
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() < other.key()
    def __le__(self, other):
        return self == other or self < other
    def __repr__(self):
        return "v" + str(self.major) + "." + str(self.minor)

a = Version(1, 2)
b = Version(1, 10)
c = Version(1, 2)
print(a == c, a != b, a < b, b > a, a <= c, b >= a, a > b)
print(sorted([Version(2, 0), b, a, Version(0, 9)]))
print(max([a, b, Version(1, 5)]), min([a, b]))
print(a == "1.2", a != 3)
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
print(a in [Version(1, 2)], [a].index(c), [a, b, c].count(Version(1, 2)))
class Plain:
    pass
x = Plain()
y = Plain()
print(x == x, x == y, x != y)
try:
    x < y
except TypeError as e:
    print(type(e).__name__, e)
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5)
