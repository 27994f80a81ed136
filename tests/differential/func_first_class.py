def apply(fn, values):
    out = []
    for v in values:
        out.append(fn(v))
    return out

def neg(x):
    return -x

def twice(fn):
    def inner(x):
        return fn(fn(x))
    return inner

print(apply(neg, [1, -2, 3]))
print(apply(abs, [-1, -2, 3]))
print(apply(str, [1, 2.5, None]))
print(twice(neg)(5))
print(twice(twice(lambda x: x + 3))(0))

table = [neg, abs, str, len]
for fn in table[:3]:
    print(fn.__name__, fn(-4))
print(len("four"))

def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run

p = pipeline(lambda s: s.strip(), lambda s: s.upper(), lambda s: s + "!")
print(p("  hello "))

alias = neg
print(alias is neg, alias(8), alias.__name__)

def returns_many():
    return 1, "two", [3]
a, b, c = returns_many()
print(a, b, c, returns_many())

def no_return():
    pass
print(no_return())

def early(x):
    if x > 0:
        return "positive"
print(early(1), early(-1))
print(callable(neg), callable(5), callable(lambda: 0))
