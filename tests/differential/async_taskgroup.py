import asyncio

async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print("job", name, "done")
        return name
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

cancelled = []

async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(job(f"n{i}", i * 0.001)) for i in range(3)]
    print([t.result() for t in ts])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a", 0.01))
            tg.create_task(job("b", 0, fail=True))
            tg.create_task(job("c", 0.001, fail=True))
            tg.create_task(job("d", 1))
    except* ValueError as eg:
        print("caught", sorted(str(e) for e in eg.exceptions))
    # The cancellation order follows set iteration (object addresses): compare sorted.
    print("cancelled", sorted(cancelled))
    cancelled.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 1))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", [repr(e) for e in eg.exceptions])
    tg = asyncio.TaskGroup()
    early = job("early", 0)
    try:
        tg.create_task(early)
    except RuntimeError as e:
        print("RuntimeError:", e)
    # TODO(async): Molt does not print "coroutine ... was never awaited" yet.
    early.close()
    async def nested():
        async with asyncio.TaskGroup() as inner:
            inner.create_task(job("inner", 0, fail=True))
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(nested())
            outer.create_task(job("sibling", 1))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions), type(eg.exceptions[0]).__name__)
    print("cancelled", sorted(cancelled))

asyncio.run(main())
