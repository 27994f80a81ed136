from collections.abc import Sequence, MutableSequence
class Seq(Sequence):
    def __init__(self, *xs):
        self._xs = list(xs)
    def __getitem__(self, i):
        return self._xs[i]
    def __len__(self):
        return len(self._xs)
s = Seq(1, 2, 3, 2)
print(list(s), list(reversed(s)), 2 in s, 9 in s, s.index(2), s.index(2, 2), s.count(2))
try:
    s.index(9)
except ValueError as e:
    print("ValueError", e)
try:
    s.index(1, 1, 3)
except ValueError as e:
    print("ValueError", e)
print(s.index(3, -2), s.index(2, -1))
class MSeq(MutableSequence):
    def __init__(self):
        self._xs = []
    def __getitem__(self, i):
        return self._xs[i]
    def __setitem__(self, i, v):
        self._xs[i] = v
    def __delitem__(self, i):
        del self._xs[i]
    def __len__(self):
        return len(self._xs)
    def insert(self, i, v):
        self._xs.insert(i, v)
m = MSeq()
m.append(1); m.extend([2, 3, 4]); m += [5]
print(list(m), m.pop(), m.pop(0), list(m))
m.remove(3); m.reverse()
print(list(m))
m.extend(m)
print(list(m))
m.clear()
print(list(m), len(m))
try:
    m.pop()
except IndexError as e:
    print("IndexError", e)
try:
    m.remove(7)
except ValueError as e:
    print("ValueError", e)
print(sorted(MutableSequence.__abstractmethods__), sorted(Sequence.__abstractmethods__))
