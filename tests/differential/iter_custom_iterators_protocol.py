class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b

f = Fib(100)
print(list(f), sum(f), max(f), len(list(f)), 55 in f, 56 in f)
print(sorted(f, reverse=True)[:3], list(zip(f, "abc")), list(enumerate(f))[-2:])
print(list(map(str, f))[:5], list(filter(lambda v: v % 2 == 0, f)))
print(dict.fromkeys(Fib(5)), set(Fib(10)) == {0, 1, 2, 3, 5, 8}, tuple(Fib(3)))
print(any(v > 50 for v in f), all(v < 100 for v in f), min(Fib(100), key=lambda v: abs(v - 30)))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(next(c), list(c), list(c), next(c, "done"))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)), list(it))
it2 = iter(range(6))
print([(a, next(it2)) for a in it2])
class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []
    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[0]
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)
p = Peekable("abc")
print(p.peek(), next(p), p.peek(), list(p), p.peek("end"))
class Raises:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("iteration broke")
try:
    for _ in Raises():
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(Raises())
except ValueError as e:
    print(type(e).__name__, e)
try:
    sum(Raises())
except ValueError as e:
    print(type(e).__name__, e)
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return chr(97 + i)
print(list(SeqOnly()), list(reversed(SeqOnly())), "b" in SeqOnly(), sorted(SeqOnly(), reverse=True))
d = {"a": 1, "b": 2}
di = iter(d.items())
print(next(di), list(di))
print(list(iter("xy")), list(iter((1,))), list(iter({5})))
