import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())

calls = []


@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


print(square(1), square(2), square(1), square(3), square(2), square(1))
print(calls, square.cache_info(), square.cache_parameters())


@functools.lru_cache
def plain(a, b=0):
    calls.append((a, b))
    return a - b


calls.clear()
print(plain(5), plain(5), plain(5, 1), plain(5, b=1), plain(a=5, b=1), plain(5, b=1))
print(calls, plain.cache_info())
