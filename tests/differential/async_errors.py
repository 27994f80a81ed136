import asyncio

class NotAwaitable:
    pass

class BadAwait:
    def __await__(self):
        return 5

class NoANext:
    def __aiter__(self):
        return self

class BadExit:
    async def __aenter__(self):
        return "entered"
    def __aexit__(self, *a):
        return None

async def inner():
    raise LookupError("deep")

async def middle():
    try:
        await inner()
    except LookupError as e:
        raise RuntimeError("wrapped") from e

async def main():
    for obj in (NotAwaitable(), BadAwait(), 3):
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)
    try:
        async for _ in NoANext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for _ in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with BadExit() as v:
            print("body", v)
    except TypeError as e:
        print("TypeError:", e)
    try:
        with asyncio.Lock():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await middle()
    except RuntimeError as e:
        print(e, "from", repr(e.__cause__))
    async def ret():
        return 7
    c = ret()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    async def stopper():
        raise StopIteration("x")
    try:
        await stopper()
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)
    nested = ret()
    try:
        asyncio.run(nested)
    except RuntimeError as e:
        print("RuntimeError:", e)
    # TODO(async): Molt does not print "coroutine ... was never awaited" yet.
    nested.close()
    never = ret()
    never.close()
    try:
        await asyncio.gather(inner(), return_exceptions=False)
    except LookupError as e:
        print("gather:", e)

try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
asyncio.run(main())
