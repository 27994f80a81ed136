from collections import deque

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.now = 0
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro, None))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda t: (t[0], t[1]))
                wake, _, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro, None))
                continue
            name, coro, val = self.ready.popleft()
            try:
                req = coro.send(val)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"t={self.now} {name} finished -> {e.value!r}")
                continue
            except Exception as e:
                self.results[name] = e
                print(f"t={self.now} {name} crashed {type(e).__name__}: {e}")
                continue
            kind, arg = req
            self.sleeping.append((self.now + arg, len(self.sleeping) + self.now * 100, name, coro))

async def task(name, pattern):
    total = 0
    for p in pattern:
        await Sleep(p)
        total += p
        print(f"  {name} woke after {p}")
    if total > 6:
        raise OverflowError(f"{name} total {total}")
    return total

s = Scheduler()
s.spawn("A", task("A", [1, 2, 1]))
s.spawn("B", task("B", [3, 1]))
s.spawn("C", task("C", [2, 2, 3]))
s.spawn("D", task("D", []))
s.run()
print(sorted((k, repr(v)) for k, v in s.results.items()))

async def child(x):
    await Sleep(x)
    return x * 10

async def parent():
    a = await child(1)
    b = await child(2)
    return a + b

s2 = Scheduler()
s2.spawn("P", parent())
s2.run()

co = child(1)
print(co.cr_running)
co.send(None)
print(co.cr_running)
co.close()
