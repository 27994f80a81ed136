import asyncio
class SyncEnter:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): return False
class NoAexit:
    async def __aenter__(self): return 1
class AiterSync:
    def __aiter__(self): return self
    def __anext__(self): return 5
class AiterNotAwaitable:
    def __aiter__(self): return [1]
async def probe(name, coro_fn):
    try:
        r = await coro_fn()
        print(name, "ok", r)
    except Exception as e:
        print(name, type(e).__name__, e)
async def t1():
    async with SyncEnter():
        pass
async def t2():
    async with NoAexit():
        pass
async def t3():
    async for x in AiterSync():
        return x
async def t4():
    async for x in AiterNotAwaitable():
        pass
async def t5():
    with asyncio.Lock():
        pass
async def t6():
    await asyncio.gather(1)
async def t7():
    return await asyncio.wait_for(asyncio.sleep(0, "v"), None)
async def t8():
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    return t.result(), t.done(), t.cancelled(), t.cancel()
async def t9():
    f = asyncio.get_running_loop().create_future()
    f.cancel()
    try:
        await f
    except asyncio.CancelledError as e:
        return type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException)
async def t10():
    async def g():
        yield 1
    ag = g()
    await ag.aclose()
    return [x async for x in ag]
async def t11():
    return await asyncio.gather()
async def t12():
    ev = asyncio.Event()
    return ev.is_set(), ev.set(), ev.is_set(), ev.clear(), ev.is_set()
async def t13():
    async def fail():
        raise ValueError("x")
    return await asyncio.gather(fail(), fail(), return_exceptions=True)
async def main():
    for i, t in enumerate([t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13], 1):
        await probe(f"t{i}", t)
asyncio.run(main())
