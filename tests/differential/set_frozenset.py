f = frozenset([3, 1, 2, 3])
g = frozenset("abc")
print(len(f), 2 in f, sorted(f), type(f).__name__)
print(sorted(f | {4}), type(f | {4}).__name__, type({4} | f).__name__)
print(sorted(f & {1, 9}), sorted(f - {1}), sorted(f ^ {1, 5}))
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset(), repr(frozenset()), set(), repr(set()))
print(f.issubset(range(5)), f.union([7]) == frozenset([1, 2, 3, 7]))
print(sorted(g.intersection("cde")), g.isdisjoint("xyz"))
