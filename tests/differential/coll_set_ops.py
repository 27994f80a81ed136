a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(sorted(a.union([9], (8,))), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 10]))
print(a <= a, a < a, {1} < a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint([1]))
c = set(a)
c.add(5); c.discard(100); c.remove(1)
print(sorted(c))
try:
    c.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
c.update([10, 11], {12})
c.intersection_update(range(11))
print(sorted(c))
c.difference_update([2, 3])
c.symmetric_difference_update({4, 50})
print(sorted(c))
f = frozenset([3, 1, 2])
print(sorted(f), type(f | {9}).__name__, type({9} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
print({frozenset([1]): "fs"}, {(1, 2), (1, 2)}, len({1, 1.0, True, 2}), set("hello") == set("olleh"))
print(sorted({x % 4 for x in range(20)}), set(), frozenset(), repr({1}), repr(frozenset({2})))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(nested), frozenset() in nested)
print(sorted(set([3, 1]) & frozenset([1, 5])), {1, 2} == frozenset({1, 2}), {1, 2} != {2, 1})
words = ["b", "a", "c", "a"]
seen = set()
uniq = [w for w in words if not (w in seen or seen.add(w))]
print(uniq, sorted(seen))
print(max({3, 9, 1}), min(frozenset({4, 2})), sum({1, 2, 3}), sorted({-1, 2}, key=abs), 2 in {1: 0, 2: 0}.keys())
print({1, 2}.copy() == {1, 2}, a.__len__(), {1, 2, 3} - {2} - {3}, {1} ^ {1})
