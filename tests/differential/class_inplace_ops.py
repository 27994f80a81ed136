class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Acc(" + repr(self.v) + ")"
    def __add__(self, o):
        print("  __add__")
        return Acc(self.v + o)
    def __iadd__(self, o):
        print("  __iadd__")
        self.v += o
        return self
    def __mul__(self, o):
        print("  __mul__")
        return Acc(self.v * o)

a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a *= 3
print(a, b, a is b)
class NoAdd:
    pass
n = NoAdd()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t, t is talias)
s = "ab"
s2 = s
s += "c"
print(s, s2)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)
