import itertools

c = itertools.count()
print(next(c), next(c), next(c), c)
c = itertools.count(10, 5)
print([next(c) for _ in range(4)], c)
c = itertools.count(1.5, 0.25)
print([next(c) for _ in range(5)], repr(c))
c = itertools.count(2 ** 64, -3)
next(c)
print(c, next(c), type(c).__name__, type(c))
print(itertools.count(start=3, step=2), itertools.count(0, 1.0), itertools.count(True))
print(next(itertools.count(True)), list(zip(itertools.count(1), "abc")))
cy = itertools.cycle("abc")
print([next(cy) for _ in range(8)])
print(list(itertools.islice(itertools.cycle([1, 2]), 7)), list(itertools.cycle([])))
r = itertools.repeat("x", 3)
print(r, r.__length_hint__(), next(r), r, list(r), r)
print(itertools.repeat([1, 2]), list(itertools.repeat(None, 2)), list(itertools.repeat(7, -5)))
print(list(map(pow, range(5), itertools.repeat(2))))
print(list(itertools.repeat(times=2, object="o")))


def noisy():
    for i in range(5):
        print("produce", i)
        yield i


acc = itertools.accumulate(noisy())
print("accumulate created")
print(next(acc), next(acc))
ch = itertools.chain(noisy(), "xy")
print("chain created")
print(next(ch), list(itertools.islice(ch, 2)))
tw = itertools.takewhile(lambda x: x < 2, noisy())
print(list(tw))


def naturals():
    n = 0
    while True:
        yield n
        n += 1


evens = filter(lambda x: x % 2 == 0, naturals())
print(list(itertools.islice(evens, 5)))
print(list(itertools.islice(itertools.accumulate(naturals()), 6)))
print(list(itertools.islice(itertools.chain.from_iterable(itertools.repeat("ab")), 5)))
print(list(itertools.islice(itertools.zip_longest(naturals(), "ab", fillvalue="-"), 4)))
print(list(itertools.islice(itertools.pairwise(naturals()), 3)))
print(list(itertools.islice(itertools.batched(naturals(), 4), 2)))
print(list(itertools.islice(itertools.compress(naturals(), itertools.cycle([1, 0, 0])), 4)))
print(list(itertools.islice(itertools.dropwhile(lambda x: x < 10, naturals()), 3)))
print(list(itertools.islice(itertools.filterfalse(lambda x: x % 3, naturals()), 4)))
print(list(itertools.islice(itertools.starmap(lambda a, b: a * b, zip(naturals(), naturals())), 5)))
sq = itertools.islice(naturals(), 2, None, 3)
print(next(sq), next(sq), next(sq))
