# Copies: a copy of a grown set is rebuilt into a table sized for its elements.
s = set()
for i in range(20):
    s.add(i * 33)
print(s)
print(s.copy())
print(set(s), frozenset(s), set(frozenset(s)))
t = set(range(100))
for i in range(90):
    t.discard(i)
print(t, t.copy(), set(t))
u = set([5, 13, 21, 29, 37])
u.discard(13)
print(u, u.copy())
f = frozenset(s)
print(f.copy() is f, f.union() == f)
