import copy
class P:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
    def __repr__(self):
        return f"P({self.x}, {self.tags})"
p = P(1, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, q.tags is p.tags, r, r.tags is p.tags, type(r) is P)
class S:
    __slots__ = ("a", "b", "c")
    def __init__(self):
        self.a = [1]
        self.c = 3
s = S()
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, hasattr(s2, "b"), s2.c)
class C:
    def __init__(self):
        self.n = 0
    def __copy__(self):
        print("__copy__ called")
        c = C(); c.n = self.n + 1
        return c
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        c = C(); c.n = self.n + 10
        return c
c = C()
print(copy.copy(c).n, copy.deepcopy(c).n, copy.deepcopy([c, c])[0].n)
class L(list):
    pass
l = L([1, [2]])
l.attr = "x"
l2 = copy.deepcopy(l)
l3 = copy.copy(l)
print(type(l2).__name__, l2, l2.attr, l2[1] is l[1], type(l3).__name__, l3, l3[1] is l[1])
class Dd(dict):
    pass
dd = Dd(a=[1])
dd2 = copy.deepcopy(dd)
print(type(dd2).__name__, dd2, dd2["a"] is dd["a"])
class R:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (R, (self.v * 2,))
print(copy.copy(R(3)).v, copy.deepcopy(R(4)).v)
class St:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {"a": self.a}
    def __setstate__(self, st):
        print("setstate", st)
        self.a = st["a"] + 100
print(copy.deepcopy(St()).a)
def f():
    pass
print(copy.deepcopy(f) is f, copy.copy(P) is P)
