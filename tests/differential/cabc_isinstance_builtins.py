import collections.abc as c
values = [[], (), {}, set(), frozenset(), "", b"", bytearray(), range(3), iter([]),
          {}.keys(), {}.items(), {}.values(), (x for x in ()), len, 3, None, memoryview(b"")]
names = ["Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container",
         "Callable", "Collection", "Sequence", "MutableSequence", "Set", "MutableSet",
         "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView"]
for v in values:
    row = [n for n in names if isinstance(v, getattr(c, n))]
    print(type(v).__name__, row)
print(issubclass(list, c.MutableSequence), issubclass(str, c.MutableSequence), issubclass(dict, c.Sequence))
print(issubclass(tuple, c.Hashable), issubclass(list, c.Hashable), issubclass(type, c.Callable))
