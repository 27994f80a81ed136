class Yield:
    def __await__(self):
        return (yield "y")

async def level3():
    await Yield()
    raise KeyError("deep")

async def level2():
    try:
        await level3()
    except KeyError as e:
        raise ValueError("wrapped") from e

async def level1():
    try:
        await level2()
    except ValueError as e:
        print("level1:", e, "cause:", repr(e.__cause__))
        raise RuntimeError("top") 

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

try:
    run(level1())
except RuntimeError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__, "ctx ctx:", repr(e.__context__.__context__))

async def finally_return():
    try:
        await Yield()
        raise ValueError("lost")
    finally:
        return "finally wins"
print(run(finally_return()))

async def multi_except(kind):
    try:
        await Yield()
        if kind == 0:
            raise TypeError("t")
        if kind == 1:
            raise IndexError("i")
        return "ok"
    except (TypeError, IndexError) as e:
        return f"handled {type(e).__name__}"
    else:
        return "unreachable"
for k in range(3):
    print(run(multi_except(k)))

async def gen_in_coro():
    def g():
        yield 1
        yield 2
    total = 0
    for v in g():
        await Yield()
        total += v
    return total
print(run(gen_in_coro()))

async def throw_target():
    results = []
    for i in range(3):
        try:
            await Yield()
        except Exception as e:
            results.append(type(e).__name__)
    return results
c = throw_target()
c.send(None)
c.throw(ValueError)
c.throw(OSError("x"))
try:
    c.throw(ArithmeticError())
except StopIteration as e:
    print(e.value)

async def coro_stopiteration():
    raise StopIteration("inside coro")
try:
    run(coro_stopiteration())
except RuntimeError as e:
    print(type(e).__name__, e)

async def add(a, b):
    return a + b
async def calc():
    return await add(await add(1, 2), await add(3, 4))
print(run(calc()))
c = add(1, 2)
print(c.__name__, c.__qualname__)
c.close()
