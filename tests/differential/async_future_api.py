import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    calls = []
    f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
    def cb2(fut):
        calls.append("cb2")
    f.add_done_callback(cb2)
    print(f.remove_done_callback(cb2))
    f.set_result(42)
    print(repr(f), calls)
    await asyncio.sleep(0)
    print(calls)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g), repr(g.exception()))
    try:
        await g
    except ValueError as e:
        print("await raised", e)
    h = loop.create_future()
    loop.call_soon(h.set_result, "later")
    print(await h)
    k = loop.create_future()
    loop.call_later(0.01, k.set_result, "timer")
    print(await k)
    c = loop.create_future()
    print(c.cancel(), c.cancelled(), repr(c))
    try:
        c.set_exception(StopIteration)
    except asyncio.InvalidStateError as e:
        print("done already:", e)
    d = loop.create_future()
    try:
        d.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    order = []
    handles = [loop.call_later(0.02 - i * 0.005, order.append, i) for i in range(3)]
    handles[1].cancel()
    await asyncio.sleep(0.05)
    print(order, handles[1].cancelled())
    print(isinstance(asyncio.current_task(), asyncio.Task), isinstance(asyncio.current_task(), asyncio.Future))
    print(asyncio.current_task().get_name())

asyncio.run(main())
