def reenter():
    yield me.send(None)

me = reenter()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def closing_self():
    yield 1
    c.close()
    yield 2
c = closing_self()
print(next(c))
try:
    next(c)
except ValueError as e:
    print(type(e).__name__, e)

def gen_local_error():
    yield undefined_name_here
try:
    next(gen_local_error())
except NameError as e:
    print(type(e).__name__, e)

def gen_unbound():
    if False:
        y = 1
    yield y
try:
    next(gen_unbound())
except UnboundLocalError as e:
    print(type(e).__name__, e)

def raiser():
    yield 1
    raise ValueError("mid")
r = raiser()
print(next(r))
try:
    next(r)
except ValueError as e:
    print("raised", e)
try:
    next(r)
except StopIteration:
    print("exhausted after error")

def throw_type():
    try:
        yield
    except TypeError as e:
        yield ("caught", str(e))
t = throw_type()
next(t)
print(t.throw(TypeError))
t = throw_type()
next(t)
print(t.throw(TypeError("msg")))
try:
    t.throw(42)
except TypeError as e:
    print(type(e).__name__, e)

def infinite():
    n = 0
    while True:
        yield n
        n += 1
inf = infinite()
for v in inf:
    if v > 4:
        break
print(next(inf), next(inf))

def yield_expr_values():
    a = yield
    b = (yield a) + 1
    c = [(yield b), (yield b * 2)]
    yield c
g = yield_expr_values()
print(next(g), g.send(5), g.send(10), g.send("x"), g.send("y"))
