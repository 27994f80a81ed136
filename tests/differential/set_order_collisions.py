# Keys sharing a home slot: linear probes, then perturbed jumps.
s = set()
for i in range(12):
    s.add(i * 64)
print(s)
s = set()
for i in range(12):
    s.add(i * 1024 + 3)
print(s)
s = set()
for k in [1, 2**61, 2**62 + 1, 9, 17, 25]:
    s.add(k)
print(s)
u = set([2**32 * i for i in range(30)])
print(u)
v = set(i * 8 for i in range(100))
print(list(v)[:30])
