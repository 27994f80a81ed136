# Deleted slots (dummies) are reused by later insertions; pop resumes at its finger.
s = {0, 1, 2, 3}
s.discard(1)
s.add(9)
print(s)
s = set(range(6))
s.remove(2)
s.remove(3)
s.add(10)
s.add(11)
print(s)
s = set(range(40))
for i in range(0, 40, 2):
    s.discard(i)
for i in range(100, 120):
    s.add(i)
print(s)
for i in range(1000):
    s.add(i * 3)
    if i % 3 == 0:
        s.discard(i)
print(len(s), list(s)[:40])
s = set(range(10))
s.discard(1)
s.discard(5)
s.add(33)
print(s)
s = set(range(10))
s.discard(1)
s.discard(5)
s.add(65)
s.add(97)
print(s)
s = set(range(30))
for i in range(3, 30, 4):
    s.discard(i)
for i in range(5):
    s.add(64 * i + 3)
print(s)
