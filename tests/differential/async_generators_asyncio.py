import asyncio

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("ticker cleanup")

async def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("echo closing with", received)
        raise

async def main():
    async for t in ticker(3):
        print("tick", t)
    g = ticker(5)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    await e.aclose()
    async def thrower():
        try:
            yield 1
        except KeyError as k:
            print("got thrown", k)
            yield 2
    t = thrower()
    print(await t.__anext__())
    print(await t.athrow(KeyError("k")))
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("done")
    async def bad():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in bad():
            print("bad", x)
    except RuntimeError as err:
        print("RuntimeError:", err)
    print(type(ticker).__name__, type(ticker(1)).__name__)
    ag = ticker(1)
    print(ag.__aiter__() is ag)
    async for _ in ag:
        pass

asyncio.run(main())
