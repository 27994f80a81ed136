from collections.abc import MutableSequence, MutableSet, Set, Sequence, Iterator, Iterable, Callable, Hashable, Sized, Container, Generator, Reversible, Collection
class Stack(MutableSequence):
    def __init__(self, *items):
        self._d = list(items)
    def __getitem__(self, i):
        return self._d[i]
    def __setitem__(self, i, v):
        self._d[i] = v
    def __delitem__(self, i):
        del self._d[i]
    def __len__(self):
        return len(self._d)
    def insert(self, i, v):
        self._d.insert(i, v)
s = Stack(1, 2, 3)
s.append(4); s.extend([5, 6]); s += [7]
print(list(s), s.pop(), s.pop(0), list(s))
s.remove(4); s.reverse()
print(list(s), 3 in s, s.index(3), s.count(2), list(reversed(s)))
s.clear()
print(len(s), isinstance(s, Sequence), isinstance(s, list))
class Bag(MutableSet):
    def __init__(self, it=()):
        self._d = []
        for x in it:
            self.add(x)
    def __contains__(self, x):
        return x in self._d
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def add(self, x):
        if x not in self._d:
            self._d.append(x)
    def discard(self, x):
        if x in self._d:
            self._d.remove(x)
b = Bag([1, 2, 3])
print(sorted(b | {4}), sorted(b & {2, 3, 9}), sorted(b - {1}), sorted(b ^ {3, 4}), b <= {1, 2, 3, 4}, b == {1, 2, 3})
b |= {10}; b -= {1}
print(sorted(b), b.isdisjoint({7}), len(b))
b.remove(2)
try:
    b.remove(99)
except KeyError as e:
    print("KeyError", e)
print(sorted(b), b.pop() in (3, 10), len(b))
class Count(Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Count(3)), iter(Count(1)).__class__.__name__)
def gen():
    yield 1
print(isinstance(gen(), Generator), isinstance(gen(), Iterator), isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(Stack, Callable))
print(isinstance([], Reversible), isinstance(set(), Reversible), isinstance({}, Reversible), isinstance("", Collection))
try:
    Count()
except TypeError as e:
    print("TypeError")
try:
    Iterable()
except TypeError as e:
    print("TypeError:", e)
