import asyncio

async def job(i, fail=False):
    await asyncio.sleep(0.001 * i)
    if fail:
        raise ValueError(f"job {i} failed")
    return i * i

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(i)) for i in range(4)]
    print([t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1))
            tg.create_task(job(2, fail=True))
            tg.create_task(job(3, fail=True))
    except* ValueError as eg:
        print("caught group:", sorted(str(e) for e in eg.exceptions))
    cancelled = []
    async def long(i):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            cancelled.append(i)
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long(1))
            tg.create_task(long(2))
            tg.create_task(job(0, fail=True))
    except ExceptionGroup as eg:
        print("eg", eg.message, len(eg.exceptions), sorted(cancelled))
    t = asyncio.current_task()
    print(type(t).__name__)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "fut-value")
    print(await fut)
    done, pending = await asyncio.wait([asyncio.create_task(job(i)) for i in (1, 2)])
    print(sorted(d.result() for d in done), len(pending))
    r = await asyncio.shield(job(2))
    print(r)
    for coro in asyncio.as_completed([job(3), job(1), job(2)]):
        print("as_completed", await coro)

asyncio.run(main())
