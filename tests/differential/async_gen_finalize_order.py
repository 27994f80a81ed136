import asyncio
async def numbers(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"{tag}: finalized")
async def main():
    async for v in numbers("abandoned"):
        if v == 1: break
    print("after loop")
asyncio.run(main())
