# How far CPython iterates an argument and when it calls __hash__: stored hashes are
# reused, intersection stops once every element of the set was found.
def g(n):
    for i in range(n):
        print("y", i, end="; ")
        yield i
    print()
print({1, 2}.intersection(g(6)))
print({1, 2}.issuperset(g(6)))
print({1, 2}.isdisjoint(g(6)))
print({10, 20}.issubset(g(3)))
s = {0, 1, 2, 3}
s.intersection_update(g(5))
print(s)
print(set(g(3)) == {0, 1, 2}, {1, 2} & frozenset([2]))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("hash", self.v, end="; ")
        return self.v
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
    def __repr__(self): return "H%d" % self.v
a = set([H(1), H(2), H(9)])
print()
b = set([H(9), H(3)])
print()
print(len(a | b), len(a & b), len(a - b), len(a ^ b))
print(a.issubset(b), a == b, H(1) in a)
c = a.copy(); c |= b; c -= b; c ^= b; c &= b
print(len(c), len(set({H(4): 0})), len(a.union({H(5): 1})))
print(len(a.difference({H(1): 0})), len(a.symmetric_difference({H(2): 0})))
print(len(a.intersection({H(2): 0})), a.isdisjoint({H(7): 0}), a.issuperset({H(1): 0}))
