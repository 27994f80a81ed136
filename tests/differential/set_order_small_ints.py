# Set iteration order of ints follows CPython's table layout.
def build(xs):
    s = set()
    for x in xs:
        s.add(x)
    return s

print(build([5, 3, 9, 1, 14, 8, 0]))
print(build(range(20, 0, -1)))
print(build([8, 16, 24, 0, 32, 40]))
print(build([7, 15, 23, 31, 39, 47, 55, 63]))
print(set([100, 200, 300, 400, 500, 600, 700]))
print(list(build([3, 11, 19, 27])), sorted(build([3, 11, 19, 27])))
for n in range(1, 40, 3):
    print(n, build(range(n * 5, 0, -n)))
