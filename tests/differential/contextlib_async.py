import asyncio
from contextlib import asynccontextmanager, nullcontext
@asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name + "!"
    finally:
        print("close", name)
async def main():
    async with session("s1") as s:
        print("using", s)
    try:
        async with session("s2"):
            raise ValueError("inside")
    except ValueError as e:
        print("ValueError", e)
    async with nullcontext(7) as v:
        print("null", v)
asyncio.run(main())
