# pop() takes the first element from its finger, wrapping around.
s = set(range(10))
print([s.pop() for _ in range(4)], s)
s.add(0)
s.add(1)
print(s.pop(), s.pop(), s)
t = set([3 * i for i in range(30)])
out = []
while t:
    out.append(t.pop())
print(out)
try:
    t.pop()
except KeyError as e:
    print("KeyError", e)
u = set([8, 16, 24])
print(u.pop(), u.pop(), u.pop())
u.add(5)
print(u.pop())
v = set(range(20))
v.clear()
v.update([40, 41, 1])
print(v.pop(), v)
