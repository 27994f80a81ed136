class Tick:
    def __await__(self):
        yield "tick"

class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1

class AManager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        await Tick()
        return self.suppress

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            print("ticks", ticks)
            return e.value

async def main():
    out = []
    async for i in ARange(4):
        out.append(i * i)
    print(out)
    async with AManager("a") as v:
        print("inside", v)
    async with AManager("b", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with AManager("c"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    async for i in ARange(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)
    else:
        print("no else")
    async for i in ARange(0):
        pass
    else:
        print("else ran")
    comp = [x async for x in ARange(3)]
    print(comp)
    return "done"

print(run(main()))

async def agen(n):
    for i in range(n):
        await Tick()
        yield i

async def use_agen():
    res = []
    async for v in agen(3):
        res.append(v)
    g = agen(2)
    res.append(await g.__anext__())
    res.append(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        res.append("stop")
    return res
print(run(use_agen()))

async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(type(e).__name__, e)

async def bad_with():
    async with AManager:
        pass
try:
    run(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
