import asyncio

async def worker(name, delay, log):
    print("start", name)
    await asyncio.sleep(delay)
    log.append(name)
    print("end", name)
    return name.upper()

async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    log = []
    r = await asyncio.gather(worker("a", 0.02, log), worker("b", 0.01, log), worker("c", 0, log))
    print(r, log)
    t = asyncio.create_task(worker("t", 0.01, log))
    print(t.done())
    print(await t, t.done(), t.result())
    r = await asyncio.gather(failing(), worker("d", 0, log), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(failing(), worker("e", 0, log))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.01)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(worker("w", 0, log), 1))
    q = asyncio.Queue()
    async def producer():
        for i in range(5):
            await q.put(i)
            print("put", i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        while True:
            x = await q.get()
            if x is None:
                break
            print("got", x)
    await asyncio.gather(producer(), consumer())
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("waiter", i, "released")
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    await asyncio.gather(*ts)
    lock = asyncio.Lock()
    async def crit(i):
        async with lock:
            print("in", i)
            await asyncio.sleep(0)
            print("out", i)
    await asyncio.gather(*(crit(i) for i in range(3)))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("g1", 0, log))
            tg.create_task(failing())
            tg.create_task(worker("g2", 0.05, log))
    except ExceptionGroup as eg:
        print("group", eg, [repr(e) for e in eg.exceptions])
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(worker("h1", 0, log))
        b = tg.create_task(worker("h2", 0, log))
    print(a.result(), b.result())
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    return "main done"

print(asyncio.run(main()))
