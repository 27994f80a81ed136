s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
for x in s:
    s.discard(99)
print(sorted(s))
it = iter({5, 6})
next(it)
fs = frozenset({1, 2})
print(sorted(x for x in fs))
t = {1, 2}
it = iter(t)
t.add(3)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(it))
