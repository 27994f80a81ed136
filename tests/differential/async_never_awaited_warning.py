import asyncio

async def job(n):
    return n

def forget():
    job(1)
    print("forgot")

forget()
c = job(2)
del c
print("deleted")
d = job(3)
d.close()
print("closed without warning")

async def main():
    job(4)
    print(await job(5))

asyncio.run(main())
print("end")
