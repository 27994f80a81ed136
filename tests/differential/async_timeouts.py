import asyncio

async def slow(x, delay):
    try:
        await asyncio.sleep(delay)
        return x
    finally:
        print("slow finally", x)

async def main():
    print(await asyncio.wait_for(slow("fast", 0), timeout=1))
    try:
        await asyncio.wait_for(slow("late", 1), timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__)
    t = asyncio.create_task(slow("task", 1))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print("task timed out; cancelled:", t.cancelled())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block expired")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("expired?", cm.expired())
    async with asyncio.timeout(None):
        await asyncio.sleep(0)
    print(await asyncio.wait_for(slow("none", 0), None))
    try:
        await asyncio.wait_for(slow("zero", 1), 0)
    except TimeoutError:
        print("zero timeout")
    print(TimeoutError is asyncio.TimeoutError)

asyncio.run(main())
