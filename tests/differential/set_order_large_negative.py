# Large and negative ints: hashes reduced modulo 2**61 - 1, -1 hashing like -2.
xs = [10**6, -10**6, 2**40, -2**40, 2**61 - 1, 2**61, 2**63, -2**63, 2**64 + 5, -7, -123456789]
s = set()
for x in xs:
    s.add(x)
print(s)
print(set(reversed(xs)))
a = -1
b = -2
print({a, b}, {b, a})
print(set([-1, -2, -3, -4, 1, 2, 3, 4]))
print(set([-2, -1, 0, 1, 2]))
t = set()
for i in range(-50, 50, 7):
    t.add(i * 1000003)
print(t)
print([x for x in set([-1, -2]) if x], hash(-1) == hash(-2))
