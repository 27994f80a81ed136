a = [1, 2]
a.extend(a)
print(a)
a.extend(range(3))
a.extend((9,))
a.extend({"k": 1})
a.extend("")
print(a)
b = []
b.insert(0, "x")
b.insert(-1, "y")
b.insert(1000, "z")
b.insert(-1000, "w")
b.insert(2, "mid")
print(b)
c = [1, 2, 3]
c.append(c[:])
print(c, len(c))
try:
    c.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.insert(0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
d = [0] * 3
d[1:1] = [7, 8]
print(d)
e = []
e += range(3)
e += "ab"
print(e)
print([1, 2, 3].pop(-1), [1, 2, 3].pop(-3), [[1]].pop().pop())
