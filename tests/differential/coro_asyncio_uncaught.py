import asyncio

async def step(n):
    await asyncio.sleep(0)
    if n == 3:
        raise LookupError(f"step {n} missing")
    return n

async def main():
    results = []
    for i in range(5):
        r = await step(i)
        print("step", r)
        results.append(r)
    return results

asyncio.run(main())
