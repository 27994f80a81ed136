def f(a, b, /, c, *, d):
    return a, b, c, d

print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)

def kw_collision(a, /, **kw):
    return a, kw
print(kw_collision(1, a=2))

def only_pos(x, y=2, /):
    return x, y
print(only_pos(1), only_pos(1, 5))
try:
    only_pos(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    only_pos()
except TypeError as e:
    print(type(e).__name__, e)
try:
    only_pos(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

def kwonly(*, a, b=2, c):
    return a, b, c
print(kwonly(a=1, c=3), kwonly(c=1, a=0, b=9))
try:
    kwonly(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly()
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

def mixed(a, /, b, *args, c, **kw):
    return a, b, args, c, kw
print(mixed(1, 2, 3, c=4), mixed(1, b=2, c=3, a=9))
try:
    mixed(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

lam = lambda x, /, y, *, z: (x, y, z)
print(lam(1, 2, z=3), lam(1, y=2, z=3))
try:
    lam(x=1, y=2, z=3)
except TypeError as e:
    print(type(e).__name__, e)

class C:
    def m(self, a, /, *, b):
        return a, b
print(C().m(1, b=2))
try:
    C().m(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C().m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print("a,b,c".split(sep=",", maxsplit=1))
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
