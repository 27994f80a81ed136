class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        print(f"eq {self.k} vs {getattr(o, 'k', o)}")
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k!r})"

d = {Key("A"): 1}
print(d[Key("a")])
d[Key("a")] = 2
print(len(d), list(d.values()))
print(Key("x") in {Key("X")})

class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)

class Inherit(Key):
    pass
print(hash(Inherit("a")) == hash(Key("A")))

class EqOnlySub(Key):
    def __eq__(self, o):
        return False
try:
    hash(EqOnlySub("a"))
except TypeError as e:
    print(type(e).__name__, e)

class Ident:
    pass
i1, i2 = Ident(), Ident()
print(i1 == i1, i1 == i2, i1 != i2, hash(i1) == hash(i1))

class NE:
    def __eq__(self, o):
        return "custom-eq"
print(NE() == 1, NE() != 1)
class OnlyNe:
    def __ne__(self, o):
        return "custom-ne"
x = OnlyNe()
print(x != 1, x == x, x == 1)

class NotImpl:
    def __eq__(self, o):
        print("NotImpl.__eq__")
        return NotImplemented
print(NotImpl() == NotImpl())
print(NotImpl() == 3)
n = NotImpl()
print(n == n)

class Mixed:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if isinstance(o, int):
            return self.v == o
        return NotImplemented
    __hash__ = None
print(Mixed(3) == 3, 3 == Mixed(3), Mixed(3) != 4, [Mixed(1), Mixed(2)].index(2))
print(Mixed(1) in [0, 1], 1 in [Mixed(1)])
print(1 == 1.0, hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
print(hash(-1), hash(-2), hash(0.5) == hash(0.5), hash((1, 2)) == hash((1, 2)))
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
