a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, 99
print(i, lst)
p = q = r = []
p.append(1)
print(p, q, r, p is r)
n1, n2 = n3 = (5, 6)
print(n1, n2, n3)
fib = [0, 1]
for _ in range(8):
    fib.append(fib[-1] + fib[-2])
print(fib)
m, n = 0, 1
for _ in range(10):
    m, n = n, m + n
print(m, n)
(a, b), (c, d) = "xy", [3, 4]
print(a, b, c, d)
for (k, v), idx in zip([("a", 1), ("b", 2)], range(2)):
    print(k, v, idx)
t = ()
t2 = t + (1,) + (2, 3)
print(t2, t2[1:], t2 * 2)
