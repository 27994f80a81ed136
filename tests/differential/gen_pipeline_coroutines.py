def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    start.__name__ = fn.__name__
    return start

@coroutine
def sink(out):
    try:
        while True:
            item = yield
            out.append(item)
    except GeneratorExit:
        out.append("<closed>")

@coroutine
def mapper(fn, target):
    try:
        while True:
            target.send(fn((yield)))
    finally:
        target.close()

@coroutine
def filt(pred, target):
    try:
        while True:
            x = yield
            if pred(x):
                target.send(x)
    finally:
        target.close()

out = []
pipe = filt(lambda v: v % 3, mapper(lambda v: v * v, sink(out)))
for i in range(10):
    pipe.send(i)
pipe.close()
print(out)
print(mapper.__name__)

@coroutine
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            v = yield avg
        except ZeroDivisionError:
            print("reset requested")
            total, count, avg = 0.0, 0, None
            continue
        total += v
        count += 1
        avg = total / count
a = averager()
print(a.send(10), a.send(20), a.send(0))
print(a.throw(ZeroDivisionError))
print(a.send(4), a.send(5))

def grouper():
    groups = {}
    while True:
        key, val = yield
        if key is None:
            return groups
        groups.setdefault(key, []).append(val)

def driver(data):
    result = yield from grouper()
    return result

d = driver(None)
next(d)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d.send((k, v))
try:
    d.send((None, None))
except StopIteration as e:
    print(sorted(e.value.items()))

def ping_pong():
    other = yield "ready"
    for i in range(3):
        reply = yield f"ping{i}"
        print("reply:", reply)
pp = ping_pong()
print(next(pp))
print(pp.send("x"))
print(pp.send("pong0"))
print(pp.send("pong1"))
try:
    pp.send("pong2")
except StopIteration:
    print("done")
