import collections.abc as cabc
class Frozen(cabc.Mapping):
    def __init__(self, *args, **kw):
        self._d = dict(*args, **kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __hash__(self):
        return hash(frozenset(self._d.items()))
    def __repr__(self):
        return f"Frozen({self._d!r})"
f = Frozen(a=1, b=2)
print(f, dict(f), {**f}, list(f), len(f), f["a"], f.get("c", 3), "b" in f)
print(f == Frozen(b=2, a=1), f == {"a": 1, "b": 2}, f != {"a": 1}, f == [("a", 1)], {f: 1}[Frozen(a=1, b=2)])
print(sorted(f.items()), sorted(f.keys()), sorted(f.values()), isinstance(f.keys(), cabc.KeysView), isinstance(f, cabc.Hashable))
print(isinstance(f, cabc.MutableMapping), isinstance(f, cabc.Collection), issubclass(Frozen, cabc.Container))
try:
    f["missing"]
except KeyError as e:
    print("KeyError", e)
def takes_mapping(m):
    return sorted(m) if isinstance(m, cabc.Mapping) else None
print(takes_mapping(f), takes_mapping({"z": 0}), takes_mapping([1]))
