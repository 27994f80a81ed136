# Results of set algebra keep CPython's layout: which operand is iterated, copied or
# merged decides the order.
def mk(xs):
    s = set()
    for x in xs:
        s.add(x)
    return s

a = mk([i * 37 % 100 for i in range(60)])
b = mk([i * 13 % 150 for i in range(90)])
c = mk(range(95, 40, -5))
print(a | b)
print(b | a)
print(a & b)
print(b & a)
print(a - b)
print(b - a)
print(a ^ b)
print(b ^ a)
print(a.union(b, c))
print(a.intersection(b, c))
print(a.difference(b, c))
print(a.symmetric_difference(c))
print(c & a, c.intersection(range(100)))
print(a - set(range(10)), mk(range(1000)) - c)
print(a.union([5, 500, 5000]), a.intersection([99, 1, 2, 3]), a.difference([1, 2]))
print(a ^ set([7, 700]), a.symmetric_difference([7, 700, 7000]))
print(c.union(), c.intersection(), c.difference())
