import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    it = aiter(agen(2))
    print(await anext(it), await anext(it), await anext(it, "done"), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = Counter(2)
    print(aiter(c) is c, await anext(c), await anext(c), await anext(c, "end"))
    aw = anext(Counter(0), 42)
    print(type(aw).__name__)
    print(await aw)
    for bad in (1, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
    class BadIter:
        def __aiter__(self):
            return 5
    try:
        aiter(BadIter())
    except TypeError as e:
        print("TypeError:", e)
    g = agen(1)
    aw = anext(g, "x")
    print(aw.send(None) if False else await aw)
    results = [x async for x in aiter(agen(3))]
    print(results)

asyncio.run(main())
