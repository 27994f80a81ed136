# dict views against the collections.abc view classes (hashability aside).
from collections.abc import KeysView, ItemsView, ValuesView, Set, Sized, Iterable, Container, MappingView
d = {"a": 1, "b": 2}
for v in (d.keys(), d.items(), d.values()):
    print(type(v).__name__, isinstance(v, KeysView), isinstance(v, ItemsView), isinstance(v, ValuesView),
          isinstance(v, Set), isinstance(v, Sized), isinstance(v, Iterable), isinstance(v, Container))
kv = KeysView(d)
print(len(kv), sorted(kv), "a" in kv, "z" in kv, kv == {"a", "b"}, kv <= {"a", "b", "c"}, kv < {"a"})
print(sorted(kv | {"c"}), sorted(kv & {"a", "q"}), sorted(kv - {"a"}), sorted(kv ^ {"a", "z"}), kv.isdisjoint({"q"}))
iv = ItemsView(d)
print(sorted(iv), ("a", 1) in iv, ("a", 2) in iv, ("q", 1) in iv, len(iv))
vv = ValuesView(d)
print(sorted(vv), 1 in vv, 5 in vv, repr(vv), repr(kv))
print(isinstance(kv, MappingView), issubclass(KeysView, Set))
