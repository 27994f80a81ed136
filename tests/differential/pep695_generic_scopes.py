from typing import Generic, TypeVar
class Box[T]:
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
    def kind(self):
        return T
    def map[U](self, f) -> "Box[U]":
        return Box(f(self.item))
    class Inner:
        def who(self):
            return T.__name__
b = Box(3)
print(b.get(), b.kind(), b.map(str).get(), Box.Inner().who())
print(Box.map.__type_params__, Box.map.__qualname__)
class Sub(Box[int]):
    pass
print(Sub.__mro__, Sub(4).get())
class Holder:
    type Alias[X] = list[X]
    print(Alias.__name__)
print(Holder.Alias, Holder.Alias[int], Holder.Alias.__value__)
type Rec = list[Rec] | int
print(Rec.__value__)
S = TypeVar("S")
class Mixed[T](dict):
    pass
print(Mixed.__mro__, Mixed[str])
print(Box[int].__origin__ is Box, Box[int].__args__)
def first[T: (int, float)](xs: list[T]) -> T:
    return xs[0]
print(first([1.5]), first.__type_params__[0].__constraints__, first.__annotations__)
