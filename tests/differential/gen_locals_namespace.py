def counter(n):
    total = 0
    for i in range(n):
        total += i
        snapshot = locals()
        yield sorted(snapshot.items())
    print("dir at end:", dir())


for items in counter(3):
    print(items)


async def coro(a, b=2):
    c = a + b
    return sorted(locals().items()), vars() == locals()


c = coro(1)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)


def gen_with_closure(x):
    def inner():
        return x
    y = inner()
    yield sorted(locals())


print(list(gen_with_closure(5)))
