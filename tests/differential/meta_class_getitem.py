class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int])
print(Box["x"])
print(Box[int, str])
print(Box[()])

class SubBox(Box):
    pass
print(SubBox[float])

class Typed:
    __class_getitem__ = classmethod(lambda cls, item: (cls.__name__, item))
print(Typed[1])

class NoGetitem:
    pass
try:
    NoGetitem[int]
except TypeError as e:
    print(type(e).__name__, e)

print(list[int], dict[str, list[int]], tuple[int, ...])
print(list[int].__origin__ is list, dict[str, int].__args__)
print(type(list[int]).__name__)
alias = list[int]
print(alias([1, 2]), alias() == [])
print(int | str, int | None)

class Meta(type):
    def __getitem__(cls, item):
        return f"Meta getitem {item}"
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return f"class_getitem {item}"
print(Both[1])

class Inst:
    def __class_getitem__(cls, item):
        return "class"
    def __getitem__(self, item):
        return "instance"
print(Inst[0], Inst()[0])

class Generic:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        name = f"{cls.__name__}[{', '.join(p.__name__ if isinstance(p, type) else repr(p) for p in params)}]"
        return type(name, (cls,), {"params": params})
G = Generic[int, str]
print(G.__name__, G.params, issubclass(G, Generic))
print(G().params)
