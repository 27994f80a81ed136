import asyncio

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    print([await double(x) for x in range(4)])
    print([x async for x in agen(5) if x % 2 == 0])
    print({x: await double(x) async for x in agen(3)})
    print({await double(x) for x in [1, 1, 2]})
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    print([v async for v in g])
    print([[await double(y) for y in range(x)] for x in range(3)])
    async def pairs():
        async for a in agen(2):
            async for b in agen(2):
                yield (a, b)
    print([p async for p in pairs()])
    total = 0
    async for i in agen(4):
        if i == 2:
            continue
        total += i
    print(total)
    async for i in agen(10):
        if i == 3:
            break
    else:
        print("no")
    print("i", i)

asyncio.run(main())
