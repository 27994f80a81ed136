# Generator-heavy: pipelines of generators, generator expressions and yield from.


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(xs):
    for x in xs:
        yield x * x


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def chained(n):
    yield from naturals(n)
    yield from squares(naturals(n))


def pipeline(n):
    return sum(evens(squares(naturals(n))))


total = 0
for _ in range(5):
    total += pipeline(200000)
    total += sum(x + 1 for x in range(200000) if x % 3)
    total += sum(chained(100000))
print(total)
