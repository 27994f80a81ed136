import functools

class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "Ver(" + ".".join(map(str, self.parts)) + ")"
    def __eq__(self, o):
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    __hash__ = lambda self: hash(self.parts)

vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Ver("1.0") < Ver("1.1"), Ver("2.0") > Ver("1.0"), Ver("1.0") >= Ver("1.0"))
try:
    Ver("1") < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 >= Ver("1")
except TypeError as e:
    print(type(e).__name__, e)

@functools.total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, r):
        self.r = r
    def __eq__(self, o):
        return self.r == o.r
    def __lt__(self, o):
        return self.order.index(self.r) < self.order.index(o.r)
    def __repr__(self):
        return self.r
cards = [Card(c) for c in "KA29T"]
print(sorted(cards), Card("K") >= Card("Q"), Card("2") > Card("3"), Card("5") <= Card("5"))

class Trace:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f"  {self.n}.__lt__({o.n})")
        return NotImplemented
    def __gt__(self, o):
        print(f"  {self.n}.__gt__({o.n})")
        return NotImplemented
print("compare:")
try:
    Trace(1) < Trace(2)
except TypeError as e:
    print(type(e).__name__, e)

class Sub(Trace):
    def __gt__(self, o):
        print(f"  Sub {self.n}.__gt__({o.n})")
        return True
print(Trace(1) < Sub(2))

print((1, 2) < (1, 2, 0), [1, "a"] < [2], (1, "a") == (1, "a"))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1} > set(), frozenset({1}) == {1})
try:
    {"a": 1} < {"a": 2}
except TypeError as e:
    print(type(e).__name__, e)
print(1 < 2 < 3 > 2, 1 < 3 < 2, "a" < "b" < "c")
class Chain:
    def __lt__(self, o):
        print("lt called")
        return "truthy"
print(Chain() < 1 < 2)
