class Acc:
    def __init__(self, v):
        self.v = v
        self.log = []
    def __repr__(self):
        return f"Acc({self.v!r})"
    def __iadd__(self, o):
        self.log.append("iadd")
        self.v += o
        return self
    def __isub__(self, o):
        self.log.append("isub")
        self.v -= o
        return self
    def __imul__(self, o):
        self.log.append("imul")
        return Acc(self.v * o)
    def __add__(self, o):
        self.log.append("add")
        return Acc(self.v + o)
    def __truediv__(self, o):
        return Acc(self.v / o)
    def __ior__(self, o):
        return None
    def __ipow__(self, o):
        return NotImplemented
    def __pow__(self, o):
        return Acc(self.v ** o)

a = Acc(1)
orig = a
a += 5
print(a, a is orig, a.log)
a -= 2
print(a, a is orig)
a *= 3
print(a, a is orig, orig.log)
b = a
b /= 4
print(b, a, b is a)
c = Acc(2)
c **= 3
print(c)
d = Acc(0)
d |= 1
print(d)
try:
    e = Acc(1)
    e //= 2
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e = Acc(1)
    e <<= 2
except TypeError as ex:
    print(type(ex).__name__, ex)

lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
lst = lst + [3]
print(lst, alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = {1}
s2 = s
s |= {2}
s &= {2, 3}
print(s, s2, s is s2)
dd = {"a": 1}
dd2 = dd
dd |= {"b": 2}
print(dd, dd is dd2)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as ex:
    print(type(ex).__name__, ex)
print(tup)

class Item:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v
it = Item()
it["k"] += 10
print(it.data)
class Attr:
    x = 5
at = Attr()
at.x += 1
print(at.x, Attr.x)
n = 10
n //= 3; print(n)
n **= 3; print(n)
n %= 7; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
n ^= 0b1010; print(n)
n &= 0xF; print(n)
f = 7.5
f //= 2; print(f)
f %= -2; print(f)
