import collections

od = collections.OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
od["b"] = 20
print(od)
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update([("x", 9), ("y", 8)], z=7)
print(od, list(reversed(od)), od.pop("x"), od.setdefault("w", 0), od)
a = collections.OrderedDict(a=1, b=2)
b = collections.OrderedDict(b=2, a=1)
print(a == b, a != b, a == dict(b), dict(a) == b, a == collections.OrderedDict(a=1, b=2))
print(collections.OrderedDict(), collections.OrderedDict([(1, "one"), (2, "two")]))
print(collections.OrderedDict.fromkeys("abc", 0), a | {"c": 3}, {"z": 0} | a)
cp = a.copy()
cp["new"] = 1
print(type(cp).__name__, cp, a)
lru = collections.OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = key * 10
    if len(lru) > 3:
        lru.popitem(last=False)
print(lru)


class Recent(collections.OrderedDict):
    def touch(self, k):
        self.move_to_end(k)


r = Recent(x=1, y=2)
r.touch("x")
print(r, Recent(), type(r).__name__, isinstance(r, dict))
try:
    collections.OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    a.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
del a["a"]
print(a, len(a), "b" in a, type(a))


class Loud(collections.OrderedDict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)


loud = Loud([("p", 1)], q=2)
loud.update({"r": 3}, s=4)
print(loud)
