import asyncio
async def ticker(n):
    try:
        for i in range(n):
            got = yield i
            if got:
                print("ticker got", got)
            await asyncio.sleep(0)
    finally:
        print("ticker cleanup")
class AsyncRes:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("aenter", self.name); await asyncio.sleep(0); return self
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None); return False
class AIter:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0: raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n
async def main():
    agen = ticker(5)
    print(await agen.__anext__(), await agen.asend("hello"), await anext(agen))
    await agen.aclose()
    print([x async for x in AIter(3)])
    async with AsyncRes("r1") as r, AsyncRes("r2"):
        print("inside", r.name)
    try:
        async with AsyncRes("r3"):
            raise KeyError("k")
    except KeyError:
        print("propagated")
    async for v in ticker(2):
        print("v", v)
    g = ticker(3)
    async for v in g:
        if v == 1: break
    await g.aclose()
    try:
        await anext(AIter(0))
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(AIter(0), "default"))
    async def compute(x):
        await asyncio.sleep(0)
        return x * 2
    coros = [compute(i) for i in range(4)]
    print(await asyncio.gather(*coros))
    print(asyncio.iscoroutinefunction(compute) if hasattr(asyncio, "iscoroutinefunction") else True)
    c = compute(1)
    print(type(c).__name__)
    print(await c)
    async def cancel_me():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("got cancelled, cleaning")
            raise
        finally:
            print("cancel_me finally")
    t = asyncio.create_task(cancel_me(), name="cm")
    await asyncio.sleep(0)
    print(t.get_name(), t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("caught cancel", t.cancelled(), t.done())
asyncio.run(main())
