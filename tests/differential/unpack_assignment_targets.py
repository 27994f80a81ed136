class Obj:
    pass
o = Obj()
d = {}
lst = [0, 0, 0]
o.a, d["k"], lst[1], *rest = 1, 2, 3, 4, 5
print(o.a, d, lst, rest)
lst[0:2], o.b = [7, 8, 9], "b"
print(lst, o.b)
i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
print(i, arr)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
n1, (n2, n3), [n4] = "a", "bc", ["d"]
print(n1, n2, n3, n4)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
[first, *middle, last] = range(6)
print(first, middle, last)
def ret():
    return (1, 2), [3, [4, 5]]
(p, q), [r, [s, t]] = ret()
print(p + q + r + s + t)
try:
    (a1, a2), b1 = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
stack = [[1, 2], [3, 4]]
(w, z), = [stack[0]] if True else []
print(w, z)
g = (v for v in range(3))
a, b, c = g
print(a, b, c)
k1, k2 = {"only": 1, "two": 2}.items()
print(k1, k2)
x, y = y, x = 5, 6
print(x, y)
chain = [1]
chain[0] = chain
print(chain[0] is chain)
t = 1, 2, 3
u, *v = t
print(type(v).__name__, v)
w, *x = "ab"
print(x)
*y, = b"hi"
print(y)
m = {}
m["a"], m["b"] = m["c"], m["d"] = 1, 2
print(sorted(m.items()))
