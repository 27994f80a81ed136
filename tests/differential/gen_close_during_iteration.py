def resource(name, log):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}:{i}"
    except GeneratorExit:
        log.append(f"exit {name}")
        raise
    finally:
        log.append(f"close {name}")

log = []
g = resource("a", log)
for item in g:
    log.append(item)
    if item.endswith("1"):
        g.close()
print(log)

log = []
outer = resource("o", log)
inner = resource("i", log)
print(next(outer), next(inner))
del inner
print(log)
outer.close()
print(log)

def gen_with_cleanup_yield():
    try:
        yield 1
    finally:
        print("cleanup")
gens = [gen_with_cleanup_yield() for _ in range(3)]
for gg in gens:
    next(gg)
for gg in reversed(gens):
    gg.close()
print("all closed")

def catch_all():
    while True:
        try:
            yield
        except BaseException as e:
            print("caught", type(e).__name__)
            if isinstance(e, GeneratorExit):
                return
c = catch_all()
next(c)
c.throw(KeyError)
c.throw(ValueError("x"))
c.close()
print("closed catch_all")

def swallow_exit():
    try:
        yield 1
    except GeneratorExit:
        pass
s = swallow_exit()
next(s)
s.close()
print("swallow ok")

def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "finally-yield"
y = yield_in_finally()
print(next(y))
try:
    y.close()
except RuntimeError as e:
    print(type(e).__name__, e)
y2 = yield_in_finally()
print(list(y2))
