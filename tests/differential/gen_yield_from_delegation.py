def inner(n):
    total = 0
    for i in range(n):
        x = yield i
        if x is not None:
            total += x
            print("inner got", x)
    return total

def outer():
    a = yield from inner(3)
    print("inner returned", a)
    b = yield from inner(2)
    print("second returned", b)
    return a + b

g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))
try:
    print(g.send(30))
    print(g.send(1))
    print(g.send(2))
except StopIteration as e:
    print("final", e.value)

def yf_iterable():
    r = yield from [1, 2, 3]
    print("list yf returns", r)
    r2 = yield from "ab"
    print("str yf returns", r2)
    r3 = yield from range(2)
    return r3
print(list(yf_iterable()))

def catching_inner():
    while True:
        try:
            yield "tick"
        except ValueError as e:
            print("inner handled", e)
            yield "handled"

def deleg():
    try:
        yield from catching_inner()
    finally:
        print("deleg finally")

d = deleg()
print(next(d))
print(d.throw(ValueError("v1")))
print(next(d))
try:
    d.throw(TypeError("t1"))
except TypeError as e:
    print("TypeError escaped", e)

def inner_close():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")

def outer_close():
    try:
        yield from inner_close()
    finally:
        print("outer closed")
oc = outer_close()
next(oc)
oc.close()

def nested(depth):
    if depth == 0:
        yield "leaf"
        return "bottom"
    r = yield from nested(depth - 1)
    yield f"depth{depth}:{r}"
    return f"r{depth}"
print(list(nested(3)))

class Custom:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration(99)
        return self.i * 10

def yf_custom():
    v = yield from Custom()
    yield ("returned", v)
print(list(yf_custom()))

def yf_send_to_iter():
    yield from iter([1, 2])
g2 = yf_send_to_iter()
next(g2)
try:
    g2.send(5)
except AttributeError as e:
    print(type(e).__name__, e)
