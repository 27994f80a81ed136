vals = [17, -17, 0, 1, 2 ** 70, -(2 ** 70)]
for v in vals:
    print(v, divmod(v, 5), divmod(v, -5), abs(v))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
print(abs(-3.25), abs(True), abs(False))
print(divmod(True, 1))
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
q, r = divmod(123456789, 1000)
print(q, r)
secs = 100000
h, rem = divmod(secs, 3600)
m, s = divmod(rem, 60)
print(h, m, s)
