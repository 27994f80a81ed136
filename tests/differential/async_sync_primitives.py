import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    active = []
    async def limited(i):
        async with sem:
            active.append(i)
            print("enter", i, "active", len(active))
            for _ in range(3 - i):
                await asyncio.sleep(0)
            active.remove(i)
            print("leave", i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    lock = asyncio.Lock()
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    q = asyncio.Queue(maxsize=2)
    async def producer():
        for i in range(5):
            await q.put(i)
            print("put", i, "size", q.qsize())
    async def consumer():
        for _ in range(5):
            await asyncio.sleep(0)
            x = await q.get()
            print("get", x)
            q.task_done()
    await asyncio.gather(producer(), consumer())
    await q.join()
    print(q.empty(), q.full(), q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    try:
        q2.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])
    ev = asyncio.Event()
    print(ev.is_set())
    async def setter():
        await asyncio.sleep(0.001)
        ev.set()
    asyncio.create_task(setter())
    print(await ev.wait(), ev.is_set())
    ev.clear()
    print(ev.is_set())

asyncio.run(main())
