a = [1, 2, 3]
b = "xyz"
c = (True, False)
print(list(zip(a, b, c)), list(zip(a)), list(zip(b, b)))
for i, (x, y) in enumerate(zip(a, b)):
    print(i, x, y)
print(list(enumerate([])), list(enumerate("ab", 100)), list(enumerate(range(3), -1)))
keys = ["k1", "k2", "k3"]
vals = [10, 20]
print(dict(zip(keys, vals)), list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
e = enumerate(["p", "q"])
print(type(e).__name__, list(e), list(e))
z = zip(range(3), range(10, 13))
print(next(z), next(z), list(z))
print(list(zip(range(2), range(5), range(3))))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)), list(it))
transposed = list(zip(*["abc", "def", "ghi"]))
print(transposed, "".join(transposed[0]))
