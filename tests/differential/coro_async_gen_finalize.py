import asyncio

async def ticker(n, log):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append("ticker finally")

async def main():
    log = []
    out = [i async for i in ticker(3, log)]
    print(out, log)
    log.clear()
    ag = ticker(10, log)
    async for v in ag:
        if v == 1:
            break
    await ag.aclose()
    print(log)
    async def with_return():
        yield 1
        return
    print([x async for x in with_return()])
    async def agen_raises():
        yield 1
        raise ValueError("agen failed")
    got = []
    try:
        async for v in agen_raises():
            got.append(v)
    except ValueError as e:
        print(got, type(e).__name__, e)
    async def awaits_in_comp():
        async def dbl(v):
            await asyncio.sleep(0)
            return v * 2
        return [await dbl(v) for v in range(4)]
    print(await awaits_in_comp())
    async def nested_agen():
        async for v in ticker(2, log):
            yield v * 100
    print([v async for v in nested_agen()])

asyncio.run(main())
