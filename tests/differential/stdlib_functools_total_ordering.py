import functools


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a > b, a <= c, a >= c, a >= b, b > a, a <= b, a == c, a != b)
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
print(Version.__gt__(a, 5), a.__ge__("x"))


@functools.total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


s1, s2 = Score(3), Score(5)
print(s1 < s2, s1 > s2, s1 <= s2, s2 <= s1, s1 >= s2, s1 <= Score(3))


@functools.total_ordering
class Rank:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v


print(Rank(1) < Rank(2), Rank(1) >= Rank(2), Rank(2) <= Rank(1), Rank(2) >= Rank(2))
try:

    @functools.total_ordering
    class Nothing:
        pass

except ValueError as e:
    print("ValueError", e)
print(functools.total_ordering(int) is int)
try:
    print(a < 3)
except TypeError as e:
    print("TypeError", e)
