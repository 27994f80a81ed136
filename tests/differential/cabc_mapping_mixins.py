from collections.abc import Mapping, MutableMapping, KeysView, ItemsView, ValuesView
class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = Frozen(a=1, b=2)
print(m.get("a"), m.get("z"), m.get("z", 0), "a" in m, "z" in m, len(m))
print(list(m.keys()), list(m.items()), list(m.values()))
print(isinstance(m.keys(), KeysView), isinstance(m.items(), ItemsView), isinstance(m.values(), ValuesView))
print(m == {"a": 1, "b": 2}, m == Frozen(a=1), m != {"a": 1, "b": 2}, m == [1])
print("a" in m.keys(), ("a", 1) in m.items(), ("a", 2) in m.items(), 2 in m.values())
print(m.keys() & {"a", "q"}, m.keys() | {"c"} == {"a", "b", "c"}, m.keys() - {"a"})
print(len(m.keys()), repr(m.keys()).startswith("KeysView("), sorted(m.items()))
print(m.keys() == {"a", "b"}, m.items() == {("a", 1), ("b", 2)})
try:
    m["z"]
except KeyError as e:
    print("KeyError", e)
print(Mapping.__hash__ is None or hash(Frozen) is not None, sorted(Mapping.__abstractmethods__))
