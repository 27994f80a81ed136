import collections.abc as c
d = {"a": 1}
for v in (d.keys(), d.items(), d.values()):
    print(type(v).__name__, isinstance(v, c.Hashable), type(v).__hash__ is None)
    try:
        print(type(hash(v)).__name__)
    except TypeError as e:
        print("TypeError", e)
print(d.keys() == {"a"}, d.items() == {("a", 1)}, d.keys() | {"b"} == {"a", "b"})
print(issubclass(type(d.keys()), c.KeysView), issubclass(type(d.items()), c.ItemsView),
      issubclass(type(d.values()), c.ValuesView), issubclass(type(d.keys()), c.Set))
