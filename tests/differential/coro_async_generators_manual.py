class Yield:
    def __await__(self):
        v = yield "suspend"
        return v

async def counter(n):
    try:
        for i in range(n):
            got = await Yield()
            yield (i, got)
    finally:
        print("counter finally")

def drive(c, sends=None):
    sends = list(sends or [])
    try:
        v = c.send(None)
        while True:
            v = c.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return e.value

async def consume():
    out = []
    async for item in counter(3):
        out.append(item)
    return out
print(drive(consume(), ["a", "b", "c", "d"]))

async def early_break():
    ag = counter(10)
    async for item in ag:
        if item[0] == 1:
            break
    await ag.aclose()
    return "broke"
print(drive(early_break()))

async def asend_test():
    async def echo():
        received = None
        while True:
            received = yield received
            if received == "quit":
                return
    e = echo()
    r = [await e.asend(None)]
    r.append(await e.asend("one"))
    r.append(await e.asend("two"))
    try:
        await e.asend("quit")
    except StopAsyncIteration:
        r.append("stopped")
    return r
print(drive(asend_test()))

async def athrow_test():
    async def handler():
        while True:
            try:
                yield "waiting"
            except ValueError as e:
                yield f"handled {e}"
    h = handler()
    r = [await h.__anext__()]
    r.append(await h.athrow(ValueError("v")))
    r.append(await h.__anext__())
    try:
        await h.athrow(KeyError("k"))
    except KeyError as e:
        r.append(f"escaped {e!r}")
    return r
print(drive(athrow_test()))

async def agen_comprehensions():
    async def nums():
        for i in range(6):
            yield i
    evens = [x async for x in nums() if x % 2 == 0]
    squares = {x: x * x async for x in nums()}
    gen_set = {x % 3 async for x in nums()}
    return evens, squares, sorted(gen_set)
print(drive(agen_comprehensions()))

async def agen_return_value():
    async def g():
        yield 1
    ag = g()
    print(type(ag).__name__, ag.__name__)
    print(await ag.__anext__())
    try:
        await ag.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
print(drive(agen_return_value()))
