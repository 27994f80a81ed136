from typing import TypeVar, Generic, List, Dict, Protocol
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V", bound=int)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
N = TypeVar("N", int, float)
print(T, Co, Contra, V.__bound__, N.__constraints__, T.__name__, Co.__covariant__)
print(List[T], Dict[K, List[T]], List[T][int], Dict[K, T][str, bytes])
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
class Pair(Generic[K, V]):
    pass
b = Box(5)
print(b.get(), Box[int], Box[str](3).item, Pair[str, int], Box.__parameters__, Pair.__parameters__)
print(Box.__mro__)
class IntBox(Box[int]):
    pass
print(IntBox(7).get(), IntBox.__mro__, isinstance(IntBox(1), Box))
for bad in [lambda: TypeVar("X", int), lambda: TypeVar("Y", covariant=True, contravariant=True), lambda: Generic[int], lambda: Generic[T, T], lambda: Generic[()]]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Proto(Protocol[T]):
    def meth(self) -> T: ...
class Impl(Proto[int]):
    def meth(self):
        return 1
print(Impl().meth(), Impl.__mro__)
