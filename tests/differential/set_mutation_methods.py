s = {1, 2, 3}
s |= {4, 5}
print(sorted(s))
s &= {1, 2, 3, 4, 9}
print(sorted(s))
s -= {1}
print(sorted(s))
s ^= {3, 10}
print(sorted(s))
s.update([20, 21], (22,))
print(sorted(s))
t = s.copy()
t.add(99)
print(len(s), len(t))
s.clear()
print(s, len(s))
seen = set()
dupes = []
for x in [3, 1, 3, 2, 1, 5, 3]:
    if x in seen:
        dupes.append(x)
    seen.add(x)
print(sorted(seen), dupes)
words = "the cat and the hat and the bat".split()
uniq = set(words)
print(len(words), len(uniq), sorted(uniq))
total = 0
for item in {5, 10, 15}:
    total += item
print(total)
print(sorted(set(range(5)) - set(range(0, 5, 2))))
