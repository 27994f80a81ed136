a = [1, 2, 3, 4, 5, 6, 7, 8]
del a[::2]
print(a)
del a[:]
print(a, len(a))
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
d = {"x": {"y": 1, "z": 2}}
del d["x"]["y"]
print(d)
class O:
    pass
o = O()
o.a = 1
o.b = O()
o.b.c = 2
del o.b.c
print(hasattr(o.b, "c"), o.a)
x, y = 1, 2
del (x, y)
try:
    x
except NameError as e:
    print(type(e).__name__, e)
t = [0, 1, 2]
del [t[0]]
print(t)
def f():
    v = 5
    del v
    v = 6
    return v
print(f())
try:
    del t[10]
except IndexError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
