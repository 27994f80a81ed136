pairs = [(1, ("a", [True, None])), (2, ("b", [False, 0]))]
for n, (letter, [flag, extra]) in pairs:
    print(n, letter, flag, extra)

data = {"x": (1, 2), "y": (3, 4)}
for key, (lo, hi) in sorted(data.items()):
    print(key, hi - lo)

for i, (a, *b) in enumerate(["abc", "de", "f"]):
    print(i, a, b)

matrix = [[1, 2, 3], [4, 5, 6]]
print([x for row in matrix for x in row])
print([(r, c) for r, row in enumerate(matrix) for c, v in enumerate(row) if v % 2 == 0])
print(list(zip(*matrix)))
print(dict(zip(*[("a", "b"), (1, 2)])))

def swap_nested(t):
    (a, b), (c, d) = t
    return (d, c), (b, a)
print(swap_nested(((1, 2), (3, 4))))

records = [("alice", 30, ("NY", "US")), ("bob", 25, ("LA", "US"))]
for name, age, (city, _) in records:
    print(f"{name:>6} {age:3d} {city}")

it = iter(range(7))
a, b, *c = it
print(a, b, c, list(it))

def returns_many():
    return 1, [2, 3], {"k": 4}
x, [y, z], d = returns_many()
(k,) = d
print(x, y, z, k)

nested = [[[1, 2]], [[3, 4]]]
for [[p, q]] in nested:
    print(p * q)

try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
try:
    for a, b in [1]:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    [a, b] = {"only": 1}
except ValueError as e:
    print(type(e).__name__, e)
a, b = {"one": 1, "two": 2}
print(a, b)
a, b = {"one": 1, "two": 2}.values()
print(a, b)
s1, s2 = sorted({"q", "p"})
print(s1, s2)
head, *tail = "h"
print(head, tail)
*init, end = [1]
print(init, end)
for (x, y), z in zip([(1, 2), (3, 4)], "ab"):
    print(x, y, z)
