from collections.abc import MutableMapping
class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
s = Store()
s.update({"a": 1}, b=2)
s.update([("c", 3)])
print(dict(s), s.setdefault("a", 9), s.setdefault("d", 4), dict(s))
print(s.pop("a"), s.pop("zz", "dflt"), dict(s))
try:
    s.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(s.popitem(), dict(s))
class HasKeys:
    def keys(self):
        return ["x"]
    def __getitem__(self, k):
        return k * 2
s.update(HasKeys())
print(dict(s))
s.clear()
print(dict(s), len(s))
try:
    s.popitem()
except KeyError as e:
    print("KeyError", repr(e))
try:
    s.update({}, {})
except TypeError as e:
    print("TypeError", e)
print(sorted(MutableMapping.__abstractmethods__))
