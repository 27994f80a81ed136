class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, other):
        return isinstance(other, Key) and self.a == other.a and self.b == other.b
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(" + repr(self.a) + ", " + repr(self.b) + ")"

d = {Key(1, 2): "x"}
d[Key(1, 2)] = "y"
d[Key(2, 1)] = "z"
print(d, len(d))
print(d[Key(2, 1)], Key(1, 2) in d, Key(3, 3) in d)
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s), Key(0, 1) in s)
try:
    d[Key(9, 9)]
except KeyError as e:
    print(type(e).__name__, e)
class Ident:
    pass
i1 = Ident()
i2 = Ident()
m = {i1: 1, i2: 2}
print(m[i1], m[i2], len(m), i1 in m, Ident() in m)
class EqOnly:
    def __eq__(self, o):
        return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
