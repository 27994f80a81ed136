square = lambda x: x * x
add = lambda a, b=1: a + b
const = lambda: "const"
varargs = lambda *a, **k: (a, sorted(k))

print(square(7), add(2), add(2, 3), const())
print(varargs(1, 2, z=1, a=2))

pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(list(map(lambda x: x * 10, [1, 2, 3])))
print(list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "fghi"])))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](6, 3))

cond = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print(cond(-3), cond(0), cond(9))

def make_multiplier(n):
    return lambda x: x * n
times3 = make_multiplier(3)
print(times3(4), times3("ab"))
print((lambda: 42)())
print((lambda x, *, y: x - y)(10, y=4))
print(square.__name__)
