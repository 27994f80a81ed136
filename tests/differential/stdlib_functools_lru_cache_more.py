import functools

calls = []


@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


print(square(1), square(2), square(1), square(3), square(2), square(1), calls)


@functools.lru_cache(typed=True)
def typed_id(x):
    calls.append(x)
    return repr(x)


calls.clear()
print(typed_id(1), typed_id(1.0), typed_id(True), typed_id(1), calls, typed_id.cache_info().currsize)


@functools.lru_cache()
def untyped(x):
    calls.append(x)
    return repr(x)


calls.clear()
print(untyped(1), untyped(1.0), untyped(2), untyped(2.0), calls)


@functools.cache
def count_ways(n):
    return 1 if n < 2 else count_ways(n - 1) + count_ways(n - 2)


print(count_ways(50), count_ways.cache_info(), count_ways.__name__, count_ways.__doc__)
print(count_ways.__wrapped__(5), type(count_ways).__name__, count_ways.__qualname__)


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x + 1


print(nocache(1), nocache(1), nocache.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, tuple(info), info == (2, 4, 2, 2), info[1])
print(type(info).__name__, info._fields, isinstance(info, tuple), len(info))
hits, misses, maxsize, currsize = info
print(hits + misses, maxsize * currsize)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.lru_cache(maxsize=16)
    def area(self, scale=1):
        calls.append(self.r)
        return 3 * self.r * self.r * scale


calls.clear()
c1, c2 = Circle(1), Circle(2)
print(c1.area(), c2.area(), c1.area(), c1.area(2), calls, Circle.area.cache_info())


def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: functools.lru_cache(maxsize="x"))
show(lambda: functools.lru_cache(1, 2, 3))
show(lambda: functools.lru_cache(maxsize=-3)(len).cache_info())
show(lambda: functools.cache())
show(lambda: square([1]))
