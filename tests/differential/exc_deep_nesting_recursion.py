def probe(name, fn):
    try:
        r = fn()
        print(name, "ok", r)
    except RecursionError:
        print(name, "RecursionError")
    except Exception as e:
        print(name, type(e).__name__, str(e)[:60])
def chain(n):
    if n == 0:
        yield "bottom"
        return
    yield from chain(n - 1)
probe("yield from 500", lambda: next(chain(500)))
probe("yield from 5000", lambda: next(chain(5000)))
async def arec(n):
    if n == 0:
        return 0
    return 1 + await arec(n - 1)
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
probe("async 500", lambda: run(arec(500)))
probe("async 5000", lambda: run(arec(5000)))
e1 = ValueError("a"); e2 = ValueError("b")
e1.__context__ = e2; e2.__context__ = e1
probe("ctx cycle str", lambda: str(e1) + str(e2))
args = []
err = ValueError(args); args.append(err)
probe("exc cyclic args repr", lambda: len(repr(err)))
eg = ValueError("leaf")
for i in range(2000):
    eg = ExceptionGroup(f"g{i}", [eg])
probe("deep eg str", lambda: str(eg)[:10])
def deep_try(n):
    try:
        if n == 0:
            raise KeyError("deep")
        return deep_try(n - 1)
    finally:
        pass
probe("deep try", lambda: deep_try(500))
gens = [iter([1])]
for i in range(5000):
    gens.append(map(lambda x: x, gens[-1]))
probe("deep map", lambda: next(gens[-1]))
z = iter([1])
for i in range(5000):
    z = zip(z)
probe("deep zip", lambda: next(z) is not None)
f = lambda: 0
for i in range(3000):
    f = (lambda g: lambda: g() + 1)(f)
probe("deep lambda", f)
