def f(x):
    return x + 1
it = iter(range(5))
for _ in range(50000):
    it = map(f, it)
print(list(it))
g = iter([1, 2, 3])
for _ in range(30000):
    g = filter(None, g)
print(sum(g))
