# Floats and tuples hash deterministically, so their order is CPython's.
f = set()
for x in [1.5, 2.25, -0.5, 1e100, 3.0, 0.1, 7.75, -2.5, 1e-9, 2.0]:
    f.add(x)
print(f)
print(set([0.5 * i for i in range(25)]))
t = set()
for i in range(10):
    t.add((i, i * i))
print(t)
print(set([(1, 2), (2, 1), (1, (2, 3)), ((1,), 2), (), (0,)]))
m = set([1, 1.0, True, 2.5, (1, 2), 3, -1.5])
print(m)
print(set([float(i) for i in range(10)] + list(range(5, 15))))
