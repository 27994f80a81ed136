class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        r = yield ("sleep", self.n)
        return r

async def add(a, b):
    x = await Sleep(a)
    print("woke with", x)
    return a + b

async def main():
    r = await add(1, 2)
    print("r", r)
    try:
        await add(1, "x")
    except TypeError as e:
        print("caught", e)
    return "done"

def run(coro):
    v = None
    n = 0
    while True:
        try:
            y = coro.send(v)
        except StopIteration as e:
            return e.value
        print("yielded", y)
        n += 1
        v = n * 10

print(run(main()))
c = main()
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()

class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep(self.i)
        return self.i

class ACM:
    async def __aenter__(self):
        print("enter")
        await Sleep(0)
        return self
    async def __aexit__(self, t, e, tb):
        print("exit", t.__name__ if t else None)
        await Sleep(-1)
        return t is KeyError

async def agen(n):
    for i in range(n):
        got = yield i
        print("agen got", got)
        await Sleep(i)
    print("agen done")

async def main2():
    async for x in AIter(3):
        print("x", x)
    else:
        print("else")
    async with ACM() as m:
        print("inside", type(m).__name__)
    async with ACM():
        raise KeyError("k")
    print("suppressed")
    try:
        async with ACM():
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    async for v in agen(3):
        print("v", v)
    for i in range(3):
        async with ACM():
            if i == 1:
                break
    print("no comp")
    g = agen(5)
    print(await g.__anext__())
    print(await g.asend("hello"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stopped")
    return 42

print(run(main2()))
