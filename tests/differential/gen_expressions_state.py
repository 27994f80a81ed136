def squares(n):
    for i in range(n):
        yield i * i

g = squares(4)
print(g.__name__, g.__qualname__)
print(list(g), list(g))

ge = (x * 2 for x in range(5) if x != 2)
print(type(ge).__name__)
print(next(ge), next(ge))
print(list(ge))

x = 10
ge2 = (x + i for i in range(3))
x = 100
print(list(ge2))

lst = [1, 2, 3]
ge3 = (v for v in lst)
lst = [9, 9]
print(list(ge3))

try:
    bad = (1 / v for v in [1, 0, 2])
    for val in bad:
        print(val)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(bad))

def running():
    g = yield_self_gen()
    return g
def yield_self_gen():
    me = yield
    try:
        next(me)
    except ValueError as e:
        yield ("ValueError", str(e))
s = yield_self_gen()
next(s)
print(s.send(s))

def counter():
    c = 0
    while True:
        cmd = yield c
        if cmd == "reset":
            c = 0
        elif cmd == "stop":
            return c
        else:
            c += 1
cg = counter()
print([next(cg) for _ in range(3)])
print(cg.send("reset"), next(cg), next(cg))
try:
    cg.send("stop")
except StopIteration as e:
    print("stopped with", e.value)

print(sum(i for i in range(101)))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(sorted((c for c in "generator"), reverse=True))
print(dict((k, v) for k, v in zip("abc", range(3))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))

def gen_with_args(*args, **kw):
    yield args
    yield sorted(kw.items())
print(list(gen_with_args(1, 2, z=3, a=4)))
print(all(x < 5 for x in range(5)), any(x > 5 for x in range(5)))
it = iter(squares(3))
print(it is iter(it))
