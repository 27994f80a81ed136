import asyncio

async def named(n):
    await asyncio.sleep(0)
    return n

async def main():
    t = asyncio.create_task(named(1), name="my-task")
    print(t.get_name(), await t)
    cur = asyncio.current_task()
    print(cur is not None, cur.done())
    r = await named(2)
    print("shield", r)
    print(await asyncio.sleep(0, result="slept"))
    tasks = [asyncio.create_task(named(i)) for i in range(3)]
    done_order = []
    for coro in tasks:
        done_order.append(await coro)
    print(sorted(done_order))
    t2 = asyncio.create_task(named(5))
    t2.add_done_callback(lambda fut: print("callback sees", fut.result()))
    await t2
    await asyncio.sleep(0)
    async def raiser():
        raise KeyError("in task")
    t3 = asyncio.create_task(raiser())
    try:
        await t3
    except KeyError as e:
        print("task exception", repr(e), repr(t3.exception()))
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(ValueError("future failed"))
    try:
        await fut
    except ValueError as e:
        print("future exception", e)
    try:
        t4 = asyncio.create_task(named(6))
        t4.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__)
    await t4
    print(t4.result())
    loop = asyncio.get_running_loop()
    results = []
    loop.call_soon(results.append, "soon")
    await asyncio.sleep(0)
    print(results)

asyncio.run(main())
