def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
print(f(1, 2, 3, e=0, d=9))

def posonly(x, y=2, /):
    return x * y
print(posonly(3))
print(posonly(3, 4))

def kwonly(*, key, flag=False):
    return str(key) + ":" + str(flag)
print(kwonly(key=1))
print(kwonly(flag=True, key="k"))

def g(a, /, **kw):
    return a, sorted(kw.items())
print(g(1, a=2, b=3))

try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    posonly(x=1)
except TypeError as e:
    print(type(e).__name__, e)

def after_star(*args, last):
    return args, last
print(after_star(1, 2, 3, last=4))
print(after_star(last=0))
