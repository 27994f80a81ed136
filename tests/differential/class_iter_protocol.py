class Range2:
    def __init__(self, start, stop):
        self.start = start
        self.stop = stop
    def __iter__(self):
        return Range2Iter(self.start, self.stop)

class Range2Iter:
    def __init__(self, cur, stop):
        self.cur = cur
        self.stop = stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v

r = Range2(3, 7)
print(list(r), list(r))
total = 0
for v in r:
    for w in r:
        total += v * w
print(total)
print(sorted(Range2(0, 5), reverse=True), max(Range2(1, 4)), tuple(Range2(0, 2)))
it = iter(r)
print(next(it), next(it), list(it), next(it, "end"))
a, b, *rest = Range2(10, 15)
print(a, b, rest)
print(dict(zip(Range2(0, 3), "abc")), list(enumerate(Range2(5, 7))))

class Fib:
    def __init__(self, n):
        self.n = n
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
print(list(Fib(15)))
f = Fib(3)
for x in f:
    pass
print(x, list(f))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
