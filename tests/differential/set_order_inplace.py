# In-place operators and *_update methods.
def mk(xs):
    s = set()
    for x in xs:
        s.add(x)
    return s

a = mk(range(0, 60, 3))
a |= mk(range(100, 40, -4))
print(a)
a &= mk(range(30, 90))
print(a)
a -= mk([33, 36, 39])
print(a)
a ^= mk(range(50, 70))
print(a)
b = mk(range(200))
b.difference_update(range(0, 200, 3))
print(b)
b.intersection_update(range(0, 300, 5), range(0, 300, 2))
print(b)
b.symmetric_difference_update({7: 1, 10: 2, 11: 3})
print(b)
b.update([1000, 2000], {3000}, {4000: 0})
print(b)
c = mk(range(40))
c.difference_update(mk(range(1000)))
print(c, len(c))
d = mk(range(10))
d -= d
print(d)
e = mk(range(10))
e ^= e
print(e)
