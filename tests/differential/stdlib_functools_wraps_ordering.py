import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)

    return wrapper


def add(a, b):
    return a + b


add.__doc__ = "Add two numbers."
add = logged(add)

add.__dict__["extra"] = 1
print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(4, 5), add.__wrapped__.__name__)


def original():
    pass


original.__doc__ = "doc"
original.custom = "kept"


def replacement():
    pass


r = functools.update_wrapper(replacement, original)
print(r is replacement, replacement.__name__, replacement.__doc__, replacement.custom, replacement.__wrapped__ is original)
functools.update_wrapper(replacement, len, assigned=("__name__",), updated=())
print(replacement.__name__, replacement.__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(type(functools.wraps(original)).__name__)


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
