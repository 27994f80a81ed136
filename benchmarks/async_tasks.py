# async-heavy: many tasks ping-ponging through queues, gather and sleep(0) on the
# event loop.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        x = await q.get()
        if x is None:
            return total
        total += x


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def fan_out(n):
    results = await asyncio.gather(*(add(i, i) for i in range(n)))
    return sum(results)


async def chain(depth):
    if depth == 0:
        return 1
    return 1 + await chain(depth - 1)


async def main():
    total = 0
    for _ in range(20):
        q = asyncio.Queue(maxsize=16)
        _, got = await asyncio.gather(producer(q, 5000), consumer(q))
        total += got
        total += await fan_out(2000)
        for _ in range(200):
            total += await chain(50)
    return total


print(asyncio.run(main()))
