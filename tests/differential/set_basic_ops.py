a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})))
print(len(a), 3 in a, 9 in a, 9 not in a)
s = set()
print(s, len(s), frozenset(), set([]) == s)
s.add(1); s.add(1); s.add("x")
print(len(s), "x" in s)
s.discard("x"); s.discard("not there")
print(sorted(s))
s.remove(1)
print(s)
try:
    s.remove(1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
p = {42}
print(p.pop(), p)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > set())
print({1, 2}.issubset([1, 2, 5]), {1, 2}.issuperset((1,)), {1, 2}.isdisjoint({3}), {1}.isdisjoint([1]))
print({1, 2} == {2, 1}, {1, 2} == frozenset([1, 2]), {1} != {1.0})
print(sorted(set("mississippi")), len(set([1, 1.0, True])))
