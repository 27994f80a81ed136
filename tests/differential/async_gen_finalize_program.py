import asyncio
async def numbers(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"{tag}: async generator finalized")
async def main():
    agen = numbers("kept-reference")
    async for v in agen:
        if v == 2:
            break
    print("broke out of loop")
    async for v in numbers("explicit-aclose"):
        if v == 1:
            break
    g2 = numbers("closed")
    await g2.__anext__()
    await g2.aclose()
    print("main done")
    return agen
asyncio.run(main())
print("after run")
