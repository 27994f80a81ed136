import asyncio

async def guarded(log):
    try:
        log.append("start")
        await asyncio.sleep(10)
        log.append("not reached")
    except asyncio.CancelledError as e:
        log.append(f"cancelled args={e.args}")
        raise
    finally:
        log.append("finally")

async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed cancellation")
    return "survived"

async def main():
    log = []
    t = asyncio.create_task(guarded(log))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("stop it"))
    print("cancel again ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting raised CancelledError", e.args)
    print(log, t.cancelled(), t.done())
    print("cancel done ->", t.cancel())
    t2 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2, t2.cancelled())
    # cancelling before the first step
    t3 = asyncio.create_task(guarded([]))
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print("t3 cancelled before start", t3.cancelled())
    try:
        t3.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    try:
        t3.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError")
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
