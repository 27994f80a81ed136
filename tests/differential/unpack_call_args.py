def f(a, b, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))

print(f(1, 2, d=4))
print(f(*[1, 2, 3, 4, 5], d=0, z=9))
print(f(**{"a": 1, "b": 2, "d": 3}))
print(f(1, *(2,), **{"d": 4}, e=6))
print(f(1, 2, 3, *[4], *[5], d=6, **{"x": 1}, **{"y": 2}))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, d=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, a=1, d=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, d=1, **{"d": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)

def g(x, y):
    return x - y
print(g(y=1, x=10), g(*"ab" if False else (5, 2)))
try:
    g(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, z=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)

def h(*args, **kwargs):
    return args, kwargs
print(h(), h(1, x=2), h(*range(3), **dict(a=1)))
print(h(*(i for i in range(2))))

class M:
    def method(self, a, *, b):
        return a, b
try:
    M().method(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    M().method(b=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    M.method(1, b=2)
except TypeError as e:
    print(type(e).__name__, e)

def no_args():
    return "none"
try:
    no_args(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    no_args(x=1)
except TypeError as e:
    print(type(e).__name__, e)
def one_kw(*, only):
    return only
try:
    one_kw(1)
except TypeError as e:
    print(type(e).__name__, e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(1, 2, 3, 4, 5, 6)
except TypeError as e:
    print(type(e).__name__, e)
def defaults(a, b=1):
    pass
try:
    defaults(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
