a = [1, [2, 3], 4]
b = a
c = a[:]
d = a.copy()
e = list(a)
a.append(5)
a[1].append("shared")
print(a)
print(b)
print(c)
print(d)
print(e)
print(a is b, a is c, a == b, c == d, c[1] is a[1])
def mutate(x):
    x.append("m")
    x = ["rebound"]
    x.append("lost")
    return x
orig = [0]
r = mutate(orig)
print(orig, r)
rows = [[]] * 3
rows[0].append(1)
print(rows)
x = [1, 2]
y = [x, x]
x.append(3)
print(y)
z = y[:]
z[0] = "replaced"
print(y, z)
