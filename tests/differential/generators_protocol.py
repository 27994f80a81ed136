def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

e = echo()
print(next(e))
print(e.send(3), e.send(4))
try:
    e.send(None)
except StopIteration as s:
    print("ret", s.value)

print(sum(x * x for x in range(10)))
print(list(c.upper() for c in "abc" if c != "b"))

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

f = fin()
print(next(f))
f.close()
print("closed")

def deleg():
    r = yield from count(3)
    print("sub returned", r)
    yield "last"

print(list(deleg()))

def catcher():
    while True:
        try:
            yield
        except ValueError as err:
            print("caught", err)

c = catcher()
next(c)
c.throw(ValueError("x"))
c.throw(ValueError("y"))

def closure_gen(k):
    def inner():
        for j in range(k):
            yield j * k
    return inner()
print(list(closure_gen(3)))

def args_gen(a, *rest, b=2):
    yield a
    yield rest
    yield b
print(list(args_gen(1, 5, 6, b=9)))

def stop_inside():
    raise StopIteration
    yield
try:
    next(stop_inside())
except RuntimeError as re:
    print("RuntimeError", re)

gen = (i for i in range(3))
print(type(gen).__name__, next(gen), list(gen))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, -1]))
print(dict((k, len(k)) for k in ["ab", "c"]))
def nested():
    for i in range(2):
        yield [j for j in range(i + 2)]
print(list(nested()))
def yield_in_except():
    try:
        raise KeyError("k")
    except KeyError:
        yield "in except"
        raise
try:
    list(yield_in_except())
except KeyError as ke:
    print("reraised", ke)
