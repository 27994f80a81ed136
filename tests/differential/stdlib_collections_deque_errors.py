import collections

d = collections.deque([1, 2, 3, "a"])


def show(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)


show(lambda: collections.deque().pop())
show(lambda: collections.deque().popleft())
show(lambda: collections.deque([1])[5])
show(lambda: collections.deque([1])["a"])
show(lambda: collections.deque([1]).index(5))
show(lambda: collections.deque([1]).remove(5))
show(lambda: collections.deque([1], 1).insert(0, 2))
show(lambda: collections.deque(maxlen=-1))
show(lambda: collections.deque([1], "x"))
show(lambda: hash(collections.deque()))
show(lambda: collections.deque([1]) + [2])
show(lambda: collections.deque([1]) < [2])
show(lambda: collections.deque([1]).rotate(1, 2))
show(lambda: collections.deque([1]).append())
it = iter(d)
next(it)
d.append(1)
show(lambda: next(it))
