import asyncio

async def chatter(name, n, delay):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(delay)
    return f"{name} finished"

async def spinner(name, n):
    for i in range(n):
        print(name, "spin", i)
        await asyncio.sleep(0)

async def main():
    t1 = asyncio.create_task(spinner("s1", 3))
    t2 = asyncio.create_task(spinner("s2", 3))
    print("created")
    await asyncio.sleep(0)
    print("after one yield")
    await t1
    await t2
    results = await asyncio.gather(chatter("a", 3, 0.003), chatter("b", 2, 0.005))
    print(results)
    done_order = []
    async def mark(i, d):
        await asyncio.sleep(d)
        done_order.append(i)
    await asyncio.gather(*(mark(i, (5 - i) * 0.002) for i in range(5)))
    print(done_order)
    tasks = [asyncio.create_task(spinner(f"t{i}", 2), name=f"worker-{i}") for i in range(3)]
    print([t.get_name() for t in tasks])
    await asyncio.gather(*tasks)
    print(len(asyncio.all_tasks()))

asyncio.run(main())
