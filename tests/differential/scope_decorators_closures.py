def counter_deco(fn):
    count = 0
    def wrapper(*a, **k):
        nonlocal count
        count += 1
        wrapper.calls = count
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

@counter_deco
def greet(name):
    return "hi " + name
print(greet("a"), greet("b"), greet.calls)

def with_args(prefix):
    def deco(fn):
        def inner(*a):
            return prefix + str(fn(*a))
        return inner
    return deco

@with_args("<")
@with_args("[")
def val(x):
    return x * 2
print(val(4))

def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(10), sorted(fact.cache)[:5], len(fact.cache))

def make_accumulators():
    accs = []
    for start in (0, 100):
        def acc(v, _total=[start]):
            _total[0] += v
            return _total[0]
        accs.append(acc)
    return accs
a1, a2 = make_accumulators()
print(a1(1), a1(2), a2(5), a1(0))

def outer_fn():
    funcs = {}
    for name in ("x", "y"):
        exec_like = lambda name=name: name.upper()
        funcs[name] = exec_like
    return {k: f() for k, f in funcs.items()}
print(outer_fn())

def method_deco(fn):
    def inner(self, *a):
        return f"{type(self).__name__}.{fn.__name__}: {fn(self, *a)}"
    return inner
class K:
    @method_deco
    def m(self, v):
        return v + 1
print(K().m(1))

def class_deco_closure(tag):
    def deco(cls):
        orig = cls.__init__
        def __init__(self, *a, **k):
            orig(self, *a, **k)
            self.tag = tag
        cls.__init__ = __init__
        return cls
    return deco
@class_deco_closure("tagged")
class T:
    def __init__(self, v):
        self.v = v
t = T(3)
print(t.v, t.tag)

def recursive_closure():
    def walk(n):
        return [] if n == 0 else [n] + walk(n - 1)
    return walk(4)
print(recursive_closure())

def mutual():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even(10), is_odd(7)
print(mutual())
x = "module"
def f1():
    x = "f1"
    def f2():
        global x
        x = "changed by f2"
        return x
    return f2(), x
print(f1(), x)
