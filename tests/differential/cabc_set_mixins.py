from collections.abc import Set, MutableSet
class S(Set):
    def __init__(self, it=()):
        self._s = []
        for x in it:
            if x not in self._s:
                self._s.append(x)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), type(a & b).__name__)
print(a <= S([1, 2, 3, 4]), a < a, a <= a, a > S([1]), a >= S([5]), a == S([3, 2, 1]), a != b)
print(a.isdisjoint(S([7])), a.isdisjoint([1]), sorted(a & {1, 9}), sorted({1, 9} & a))
print(a == {1, 2, 3}, a._hash() == S([3, 2, 1])._hash())
class M(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)
    def add(self, x):
        self._s.add(x)
    def discard(self, x):
        self._s.discard(x)
m = M([1, 2])
m |= {3}; print(sorted(m))
m &= {2, 3, 4}; print(sorted(m))
m ^= {3, 5}; print(sorted(m))
m -= {5}; print(sorted(m))
m.add(7); m.remove(7)
try:
    m.remove(7)
except KeyError as e:
    print("KeyError", e)
print(m.pop(), sorted(m))
m.clear(); print(len(m))
try:
    m.pop()
except KeyError as e:
    print("KeyError", repr(e))
print(sorted(Set.__abstractmethods__), sorted(MutableSet.__abstractmethods__))
for obj in (a, m):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError", e)
from collections.abc import Mapping, Set as _S
print(_S.__hash__, Mapping.__hash__)
class Frozen(S):
    __hash__ = S._hash
print(hash(Frozen([1, 2])) == hash(Frozen([2, 1])), hash(Frozen([1, 2])) == hash(frozenset([1, 2])))
