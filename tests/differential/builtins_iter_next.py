it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e.args))
s = iter("hi")
print(next(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
r = iter(range(3))
print(iter(r) is r, list(r))
class Counter:
    def __init__(self, limit):
        self.i = 0
        self.limit = limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i
c = Counter(3)
print(next(c), list(c), next(c, "exhausted"))
print(sum(Counter(10)), list(Counter(0)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
it1 = iter([1, 2, 3, 4])
pairs = list(zip(it1, it1))
print(pairs)
t = iter((10, 20))
for v in t:
    print("loop", v)
print(next(t, "empty after loop"))
