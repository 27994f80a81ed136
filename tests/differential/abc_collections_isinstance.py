import collections.abc as cabc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Hashable, Sized
import collections
print(collections.abc is cabc)
for v in [[], (), {}, set(), frozenset(), "s", b"b", bytearray(), range(3), 3, 2.5, None, iter([]), (x for x in []), len, object()]:
    print(type(v).__name__, [n for n in ["Iterable", "Iterator", "Generator", "Sized", "Container", "Collection", "Hashable", "Callable", "Reversible", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set", "MutableSet", "KeysView", "ItemsView", "ValuesView"] if isinstance(v, getattr(cabc, n))])
class It:
    def __iter__(self): return iter([1])
class NoHash:
    __hash__ = None
print(isinstance(It(), Iterable), issubclass(It, cabc.Iterator), isinstance(NoHash(), Hashable), issubclass(list, Hashable))
class M(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, "z" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, m != {"a": 1})
print(m.keys() & {"a"}, ("a", 1) in m.items(), 2 in m.values(), len(m.keys()), isinstance(m, dict), isinstance(m, Mapping))
class MM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MM(); mm.update({"x": 1}, y=2); mm.setdefault("z", 3)
print(sorted(mm.items()), mm.pop("x"), mm.pop("q", None), mm.popitem(), len(mm))
try: mm.pop("nope")
except KeyError as e: print("KeyError", e)
class S(Sequence):
    def __getitem__(self, i): return [1, 2, 3, 2][i]
    def __len__(self): return 4
s = S()
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)))
try: s.index(9)
except ValueError as e: print("ValueError", repr(e))
try: Mapping()
except TypeError as e: print(e)
try: MutableMapping()
except TypeError as e: print(e)
class Reg: pass
Sized.register(Reg)
print(isinstance(Reg(), Sized), issubclass(Reg, cabc.Collection))
