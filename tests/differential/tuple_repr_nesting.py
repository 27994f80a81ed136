print((1,), ("a",), (None,), ((),), ((1,),), (1, (2, (3,))))
print(repr(()), repr((1, 2)), str(("x", 'y"')))
print(((1, 2), (3, 4))[1][0])
pts = [(1, 2), (3, 4), (5, 6)]
sx = 0
sy = 0
for x, y in pts:
    sx += x
    sy += y
print(sx, sy)
def minmax(seq):
    lo = hi = seq[0]
    for v in seq:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi
print(minmax([4, -2, 9, 0]))
lo, hi = minmax("hello")
print(lo, hi)
t = (1, 2, 3)
t += (4,)
print(t)
u = t
t += (5,)
print(u, t, u is t)
print(tuple(reversed(t)), t[::-1] == tuple(reversed(t)))
print(len(((),)), bool(()), bool(((),)))
