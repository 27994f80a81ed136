def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

add(1, 2)
add(a=3, b=4)

def repeat(times):
    def deco(fn):
        def wrapper(x):
            out = []
            for _ in range(times):
                out.append(fn(x))
            return out
        return wrapper
    return deco

@repeat(3)
def shout(s):
    return s.upper()

print(shout("hey"))

calls = []
def count_calls(fn):
    n = 0
    def wrapper(*a):
        nonlocal n
        n += 1
        calls.append((fn.__name__, n))
        return fn(*a)
    return wrapper

@count_calls
@trace
def mul(a, b):
    return a * b

mul(2, 3)
mul(4, 5)
print(calls)

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))

registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco

@register("double")
def double(x):
    return 2 * x
print(sorted(registry), registry["double"](21), double(1))
