from typing import TypeVar, List, Dict, Tuple, Callable, Optional, Union, Generic
T = TypeVar("T")
U = TypeVar("U")
IntList = List[int]
Pairs = List[Tuple[T, U]]
MaybeT = Optional[T]
print(IntList, Pairs, Pairs[str, int], MaybeT, Dict[str, T][float])
Fn = Callable[[T], U]
print(Fn, Fn[int, str], Callable[..., T][bytes])
print(Union[T, int], Union[T, int][str], List[List[T]][bool])
for bad in [lambda: IntList[str], lambda: Pairs[int], lambda: Pairs[int, str, float]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError")
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack[int]()
s.push(1)
print(s.items, Stack[int], Stack[Dict[str, T]])
