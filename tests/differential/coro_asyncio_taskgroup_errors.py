import asyncio

async def ok(n):
    await asyncio.sleep(0)
    return n * 2

async def bad(n, exc):
    await asyncio.sleep(0)
    raise exc(f"bad {n}")

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1))
        t2 = tg.create_task(ok(2))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1, ValueError))
            tg.create_task(bad(2, TypeError))
            tg.create_task(ok(3))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(3, KeyError))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions), repr(eg.exceptions[0]))
    results = await asyncio.gather(*(ok(i) for i in range(5)))
    print(results)
    done = []
    async def tracked(i):
        await asyncio.sleep(0)
        done.append(i)
    tasks = [asyncio.create_task(tracked(i)) for i in range(4)]
    for t in tasks:
        await t
    print(sorted(done))
    co = ok(0)
    print(asyncio.iscoroutine(co))
    co.close()
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("peak", peak[0])

asyncio.run(main())
