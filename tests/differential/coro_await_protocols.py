class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, v):
        self.done = True
        self.result = v
    def __await__(self):
        if not self.done:
            yield self
        return self.result
    __iter__ = __await__

async def use_future(fut):
    print("waiting on future")
    v = await fut
    print("future gave", v)
    return v + 1

fut = Future()
c = use_future(fut)
y = c.send(None)
print(y is fut)
fut.set_result(41)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)

class AwaitableWithGen:
    def __await__(self):
        return iter(["a", "b"])
async def consume_iter():
    r = await AwaitableWithGen()
    return r
co = consume_iter()
print(co.send(None), co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print("returned", e.value)

async def inner():
    return "inner result"
async def chain():
    coro = inner()
    print(type(coro).__name__)
    res = await coro
    try:
        await coro
    except RuntimeError as e:
        print(type(e).__name__, e)
    return res
co = chain()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)

async def lambda_like():
    vals = []
    for i in range(3):
        vals.append(await inner())
    return len(vals)
try:
    lambda_like().send(None)
except StopIteration as e:
    print("count", e.value)

async def with_default(x=5, *args, **kw):
    return x, args, kw
try:
    with_default(1, 2, k=3).send(None)
except StopIteration as e:
    print(e.value)

print(type(inner).__name__, callable(inner), inner.__name__)
c2 = inner()
print(hasattr(c2, "send"), hasattr(c2, "throw"), hasattr(c2, "close"), hasattr(c2, "__await__"))
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
