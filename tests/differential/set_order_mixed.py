# Mixed element types and equal values of different types (the first one stays).
s = set()
for x in [1, 1.0, True, 2, 2.0, (1,), (1.0,), 0, False, 0.0, -0.0]:
    s.add(x)
print(s)
t = set()
for x in [2.0, 2, 1.0, 1, True]:
    t.add(x)
print(t)
print(set([1, 2, 3]) & set([1.0, 2.0, 5.0]), set([1.0, 2.0, 5.0]) & set([1, 2, 3]))
print(set([1, 2]) | set([1.0, 3.0]), set([1.0, 3.0]) | set([1, 2]))
print(set([1, 2, 3]).intersection([3.0, 1.0]))
print({None, 1, (2, None)} == {1, (2, None), None})
print(set([frozenset([1]), 1, (1,), 1.5]))
