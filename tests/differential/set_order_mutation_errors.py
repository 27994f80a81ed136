# Mutation during iteration and during lookup, and unhashable keys.
s = set(range(5))
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
print(s)
s = set(range(5))
seen = []
for x in s:
    seen.append(x)
    if x == 1:
        s.discard(4)
        s.add(4 + 8)
print(seen, s)

class K:
    def __init__(self, v, victim=None):
        self.v = v
        self.victim = victim
    def __hash__(self):
        return 7
    def __eq__(self, other):
        if self.victim is not None:
            v = self.victim
            self.victim = None
            v.clear()
            v.update(range(3))
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%d)" % self.v

t = set([K(1), K(2)])
t.add(K(1))
print(len(t))
victim = set()
a = K(5, victim)
victim.add(a)
victim.add(K(6))
print(len(victim), sorted(repr(x) for x in victim))

class Bad:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("no compare")

u = set([Bad()])
try:
    u.add(Bad())
except ValueError as e:
    print("ValueError", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError", e)
try:
    {1} - [[2]]
except TypeError as e:
    print("TypeError", e)
print({1, 2} == {2, 1}, frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
w = {frozenset([1]), 3}
w.discard({1})
w.remove(3)
print(w)
r = set()
r.add(frozenset([r and 1]))
print(r)
