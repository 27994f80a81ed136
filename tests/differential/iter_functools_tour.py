import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
p = functools.partial(int, base=2)
print(p("101"), p("11", base=10), p.func is int, p.args, p.keywords)
def f(a, b, c=0, *, d=1):
    return a, b, c, d
p2 = functools.partial(f, 1, d=9)
print(p2(2), p2(2, 3), p2(2, d=0), functools.partial(p2, 5)(), repr(p2.args))
try:
    p2()
except TypeError as e:
    print(type(e).__name__, e)

@functools.lru_cache(maxsize=2)
def sq(n):
    print("computing", n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(x):
    "Docstring here."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(5))

@functools.total_ordering
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(N(1) < N(2), N(1) <= N(1), N(3) >= N(4))

print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
