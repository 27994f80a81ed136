# The steps CPython 3.12 takes for a display of constants ({-1, -2, 100, 7}): a
# frozenset of the items, rebuilt from its own order, merged into an empty set. Each
# step's order must match (set::from_constant_display does the same in the runtime).
def model(items):
    f1 = frozenset(items)
    f2 = frozenset(tuple(f1))
    s = set()
    s.update(f2)
    return f1, f2, s

print(model([-1, -2, 100, 7]))
print(model([-1, -2, 100, 7, 8]))
print(model([-1, -2, 100, 7, 8, 1000000, 2**40, -2**63]))
print(model([8, 0, 16, 24, 1, 9]))
print(model([i * 64 for i in range(20)]))
print(model([-2, -1, 5, 13, 21, 29]))
print(model([(1, 2), 2.5, -1, -2, 0.5, (3,)]))
