import asyncio

async def sleeper(log):
    try:
        log.append("start")
        await asyncio.sleep(10)
        log.append("never")
    except asyncio.CancelledError:
        log.append("cancelled")
        raise
    finally:
        log.append("finally")

async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print(log, t.cancelled(), t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    async def quick():
        await asyncio.sleep(0)
        return 7
    print(await asyncio.wait_for(quick(), timeout=5))
    t2 = asyncio.create_task(quick())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled before start", t2.cancelled())
    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"
    t3 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())
    fut = asyncio.get_running_loop().create_future()
    async def setter():
        await asyncio.sleep(0)
        fut.set_result("fut value")
    asyncio.create_task(setter())
    print(await fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout ctx")

asyncio.run(main())
