class Ops:
    table = {name: (lambda n: (lambda a, b: f"{n}({a},{b})"))(name) for name in ("add", "sub")}
print(Ops.table["add"](1, 2), Ops.table["sub"](3, 4))

handlers = []
for level in ("info", "warn"):
    handlers.append(lambda msg, level=level: f"[{level}] {msg}")
print([h("x") for h in handlers])

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])

def bad_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in bad_multipliers()])

x = 1
f = lambda: x
x = 2
print(f())
g = lambda x=x: x
x = 3
print(g(), g(100))

y = "global"
def outer():
    y = "outer"
    return (lambda: y)(), (lambda y="param": y)(), (lambda: (lambda: y)())()
print(outer())

print((lambda *a, **k: (a, sorted(k)))(1, 2, b=3, a=4))
print((lambda a, /, b=2, *, c=3: (a, b, c))(1, c=9))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda: None)(), (lambda: (yield_ := 3))(), yield_ if False else "walrus in lambda local")
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda: "doc").__name__, (lambda: 0).__qualname__)
class C:
    attr = 5
    get = lambda self: self.attr
    static = staticmethod(lambda: "static lambda")
print(C().get(), C.static(), C.get.__name__)
try:
    (lambda a: a)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(type(e).__name__, e)
