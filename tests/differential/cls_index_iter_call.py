class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("index called")
        return self.v

i = Idx(2)
print([10, 20, 30, 40][i], "abcdef"[Idx(1):Idx(4)], (1, 2, 3)[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
import operator
print(int.__index__(7), operator.index(Idx(9)))
print("ab" * Idx(3), [0] * Idx(2))
class NotIdx:
    pass
try:
    [1, 2][NotIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    fl = 1.0
    "abc"[fl]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(2.5)
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return "no"
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), sum(c), max(c), sorted(c), 2 in c)
class IterSelf:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
it = IterSelf()
print(list(it), list(it))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)

class Adder:
    def __init__(self, base):
        self.base = base
    def __call__(self, *args, scale=1):
        return (self.base + sum(args)) * scale
add = Adder(10)
print(add(1, 2), add(scale=2), callable(add), callable(Adder), callable(3))
try:
    add(bad=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    st = "str"
    st()
except TypeError as e:
    print(type(e).__name__, e)
sentinel_iter = iter([1, 2, 0, 3].pop, 2)
print(list(sentinel_iter))
vals = iter([5, 6, None, 7])
print(list(iter(lambda: next(vals), None)))
