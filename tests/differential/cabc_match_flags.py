# Sequence and Mapping ABCs (derived or registered) take part in `match` patterns.
from collections.abc import Sequence, Mapping
class Seq(Sequence):
    def __init__(self, *xs):
        self._xs = xs
    def __getitem__(self, i):
        return self._xs[i]
    def __len__(self):
        return len(self._xs)
class SubSeq(Seq):
    pass
class Map(Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
class Plain:
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 2
def what(x):
    match x:
        case [a, b]:
            return f"pair {a} {b}"
        case {"k": v}:
            return f"map {v}"
        case _:
            return "other"
print(what(Seq(1, 2)), what(SubSeq(3, 4)), what(Map(k=5)), what(Plain()), what(Seq(1)))
class Later:
    def __getitem__(self, i):
        return [7, 8][i]
    def __len__(self):
        return 2
print(what(Later()))
Sequence.register(Later)
print(what(Later()))
