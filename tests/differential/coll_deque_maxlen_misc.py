from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(list(d))
d.appendleft(-1)
print(d)
d.extend([10, 11])
print(d)
print(deque([1, 2, 3], 2), deque("abc", maxlen=0))
try:
    deque([], -1)
except ValueError as e:
    print(type(e).__name__, e)
d2 = deque(range(5))
d2.rotate(7)
print(d2)
d2.rotate(-12)
print(d2)
print(d2[2], d2[-2])
d2[0] = "first"
del d2[1]
print(d2, len(d2))
try:
    d2[10]
except IndexError as e:
    print(type(e).__name__, e)
print(deque([1, 2]) == [1, 2], deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), list(reversed(deque("xyz"))))
d3 = d2.copy()
d3.append("copy")
print(d2, d3)
d4 = deque(range(3))
try:
    for x in d4:
        d4.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(deque(maxlen=2).maxlen, deque().maxlen, bool(deque()), deque(range(3)).index(2))
stack = deque()
for ch in "(()[{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        top = stack.pop()
        print(top + ch, end=" ")
print(len(stack))
q = deque([("task", i) for i in range(3)])
while q:
    name, n = q.popleft()
    if n < 2:
        q.append((name, n + 10))
    print(name, n, len(q))
print(repr(deque()), repr(deque([1], maxlen=5)), str(deque("ab")))
