import asyncio

async def worker(name, delays, log):
    for d in delays:
        await asyncio.sleep(0)
        log.append(f"{name}:{d}")
    return name.upper()

async def failing(n):
    await asyncio.sleep(0)
    raise ValueError(f"fail{n}")

async def main():
    log = []
    res = await asyncio.gather(worker("a", [1, 2, 3], log), worker("b", [1, 2], log))
    print(res)
    print(log)
    res2 = await asyncio.gather(failing(1), worker("c", [1], log), return_exceptions=True)
    print([repr(r) for r in res2])
    try:
        await asyncio.gather(failing(2), worker("d", [1], log))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(worker("e", [1, 2], log))
    print(t.done())
    r = await t
    print(r, t.done(), t.result())
    q = asyncio.Queue()
    async def producer():
        for i in range(4):
            await q.put(i)
        await q.put(None)
    async def consumer():
        items = []
        while True:
            it = await q.get()
            if it is None:
                return items
            items.append(it * 10)
    _, items = await asyncio.gather(producer(), consumer())
    print(items)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(wt.done())
    ev.set()
    print(await wt)
    lock = asyncio.Lock()
    order = []
    async def critical(i):
        async with lock:
            order.append(("in", i))
            await asyncio.sleep(0)
            order.append(("out", i))
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order)
    return "main done"

print(asyncio.run(main()))
