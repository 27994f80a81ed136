a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2])
a[2:5] = ["x", "y"]
print(a)
a[0:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
a[::2] = ["E"] * len(a[::2])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-2:]
print(b)
c = [1, 2, 3]
c[:] = "abc"
print(c)
c[1:2] = range(3)
print(c)
d = list(range(8))
d[::-2] = ["a", "b", "c", "d"]
print(d)
e = [1, 2, 3, 4, 5]
e[3:1] = ["in"]
print(e)
f = [0] * 5
f[-10:2] = [9]
print(f)
g = list(range(6))
del g[::-1]
print(g)
try:
    g[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
