import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return 100 // x

async def main():
    tasks = [asyncio.create_task(compute(x)) for x in (5, 4, 2)]
    for t in tasks:
        print(await t)
    print(await asyncio.gather(*(compute(x) for x in (1, 10))))
    r = await compute(0)
    print("unreachable", r)

asyncio.run(main())
