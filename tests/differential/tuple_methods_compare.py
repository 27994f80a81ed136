t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3)
print(t.count(1), t.count(5), t.count(7), t.index(5), t.index(5, 5), t.index(3, 1))
try:
    t.index(8)
except ValueError as e:
    print(type(e).__name__, e)
print(t[2], t[-1], t[2:5], t[::-3], t[:0])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 2) == (1, 2))
print((1, "a") < (1, "b"), (1, 2) != (2, 1), (1, 2.0) == (1, 2))
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), () * 5)
print(5 in t, 8 not in t, len(t), min(t), max(t), sum(t), sorted(t))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1, 2.0)))
print(hash((1, 2)), hash(()), hash((1, (2, 3))))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0])
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"a": 1}))
