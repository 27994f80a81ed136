import asyncio

async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name

async def main():
    tasks = [asyncio.create_task(work(n, d)) for n, d in (("a", 0.3), ("b", 0.01), ("c", 0.2))]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(work(n, d)) for n, d in (("a", 0.3), ("b", 0.01), ("c", 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    tasks = [asyncio.create_task(work("x", 0.01, True)), asyncio.create_task(work("y", 0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.001)
    print(len(done), len(pending))
    await asyncio.wait(pending)
    coro = work("z", 0)
    for bad in ([], [coro]):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    coro.close()
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print(e)
    order = []
    for coro in asyncio.as_completed([work("slow", 0.3), work("fast", 0.01), work("mid", 0.15)]):
        order.append(await coro)
    print(order)
    try:
        for coro in asyncio.as_completed([work("slow", 1.0), work("fast", 0.01)], timeout=0.2):
            print("got", await coro)
    except TimeoutError:
        print("TimeoutError")
    inner = asyncio.create_task(work("inner", 0.02))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print(await inner)
    print(await asyncio.shield(work("direct", 0)))
    t = asyncio.create_task(work("boom", 0, True))
    try:
        await asyncio.shield(t)
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
