import asyncio

async def produce(q, n, name):
    for i in range(n):
        await q.put(f"{name}-{i}")
        await asyncio.sleep(0)
    await q.put(None)

async def consume(q, producers, results):
    finished = 0
    while finished < producers:
        item = await q.get()
        q.task_done()
        if item is None:
            finished += 1
            continue
        results.append(item.upper())

async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(produce(q, 3, "a"), produce(q, 2, "b"), consume(q, 2, results))
    print(sorted(results), len(results), q.empty(), q.qsize())
    q2 = asyncio.Queue()
    for i in range(3):
        q2.put_nowait(i)
    print(q2.qsize(), q2.get_nowait(), q2.full())
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    full = asyncio.Queue(maxsize=1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull raised")
    async def timed():
        await asyncio.sleep(0.001)
        return "timed done"
    print(await timed())
    r = await asyncio.gather(*[asyncio.sleep(0, result=i) for i in range(3)])
    print(r)
    loop = asyncio.get_running_loop()
    print(type(loop).__name__ != "", loop.is_running())
    async def nested_gather():
        return await asyncio.gather(timed(), asyncio.sleep(0, "s"))
    print(await nested_gather())
    t = asyncio.ensure_future(timed())
    print(await t)

asyncio.run(main())
print("after run")
