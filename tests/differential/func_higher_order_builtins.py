def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run

def curry2(f):
    return lambda a: lambda b: f(a, b)

def flip(f):
    return lambda a, b: f(b, a)

def partial(f, *pre, **kpre):
    def g(*args, **kw):
        merged = dict(kpre)
        merged.update(kw)
        return f(*pre, *args, **merged)
    return g

def sub(a, b):
    return a - b

print(compose(str, abs, lambda x: x - 10)(3))
print(curry2(sub)(10)(3), flip(sub)(10, 3))
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3(10))
pr = partial(print, "prefix:", sep="|")
pr("a", "b")
def reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda a, b: b + a, "abc", ""))
def apply_n(f, n):
    def run(x):
        for _ in range(n):
            x = f(x)
        return x
    return run
print(apply_n(lambda x: x * 2, 10)(1), apply_n(lambda s: s + "!", 3)("hi"))
key_fn = lambda s: (len(s), s)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=key_fn))
print(max(["apple", "fig", "banana"], key=len), min([(2, "b"), (1, "z")], key=lambda t: t[1]))
