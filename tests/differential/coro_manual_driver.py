class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return f"{self.tag}->{got}"

async def leaf(n):
    r = await Suspend(f"leaf{n}")
    return r

async def middle():
    a = await leaf(1)
    print("middle got", a)
    b = await leaf(2)
    print("middle got", b)
    return [a, b]

def run(coro):
    step = 0
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print("loop saw", yielded)
        step += 1
        value = step

print(run(middle()))

async def raiser():
    await Suspend("x")
    raise ValueError("coro failed")

c = raiser()
print(c.send(None))
try:
    c.send(None)
except ValueError as e:
    print(type(e).__name__, e)

async def catcher():
    try:
        await Suspend("wait")
    except KeyError as e:
        print("caught thrown", repr(e))
        return "handled"
c = catcher()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)

async def closer():
    try:
        await Suspend("w")
    finally:
        print("closer finally")
c = closer()
c.send(None)
c.close()

async def simple():
    return 42
s = simple()
print(type(s).__name__)
try:
    s.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def nested_await():
    total = 0
    for i in range(3):
        total += await simple()
    return total
print(run(nested_await()))

async def unstarted():
    pass
u = unstarted()
u.close()

class BadAwait:
    def __await__(self):
        return 5
async def use_bad():
    await BadAwait()
try:
    use_bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)

async def await_int():
    await 3
try:
    await_int().send(None)
except TypeError as e:
    print(type(e).__name__, e)
