t = 1, 2, 3
print(t, type(t).__name__, len(t))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1, 2, 3]
print(init, tail)
head, *rest = "h"
print(head, rest)
a, *b, c, d = (1, 2, 3)
print(a, b, c, d)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)
[u, v] = [5, 6]
print(u, v)
one = (1,)
print(one, len(one), (), tuple(), (1), ((1,),))
k = 1,
print(k)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
i = j = 0
i += 1
print(i, j)
