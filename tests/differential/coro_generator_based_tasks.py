from collections import deque

class Task:
    next_id = 0
    def __init__(self, coro):
        Task.next_id += 1
        self.id = Task.next_id
        self.coro = coro
        self.send_val = None
        self.result = None

class SysCall:
    def __init__(self, kind, arg=None):
        self.kind, self.arg = kind, arg
    def __await__(self):
        return (yield self)

async def get_id():
    return await SysCall("id")

async def spawn(coro):
    return await SysCall("spawn", coro)

async def yield_now():
    await SysCall("yield")

def run_all(main):
    ready = deque([Task(main)])
    finished = {}
    while ready:
        t = ready.popleft()
        try:
            req = t.coro.send(t.send_val)
        except StopIteration as e:
            finished[t.id] = e.value
            print(f"task {t.id} done -> {e.value!r}")
            continue
        except Exception as e:
            finished[t.id] = f"{type(e).__name__}: {e}"
            print(f"task {t.id} failed -> {type(e).__name__}: {e}")
            continue
        t.send_val = None
        if req.kind == "id":
            t.send_val = t.id
        elif req.kind == "spawn":
            nt = Task(req.arg)
            ready.append(nt)
            t.send_val = nt.id
        ready.append(t)
    return finished

async def worker(n):
    me = await get_id()
    for i in range(n):
        print(f"worker {me} step {i}")
        await yield_now()
    if n == 2:
        raise RuntimeError(f"worker {me} dislikes 2")
    return me * 100

async def main():
    me = await get_id()
    ids = []
    for n in (1, 2, 3):
        ids.append(await spawn(worker(n)))
    print("main", me, "spawned", ids)
    return "main done"

res = run_all(main())
print(sorted(res.items()))
