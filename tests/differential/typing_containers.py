import typing
from typing import List, Dict, Tuple, Set, FrozenSet, Type, Callable, Iterable, Iterator, Mapping, Sequence, MutableMapping, Generator
print(List, Dict, Tuple, Set, FrozenSet, Type, Callable, Iterable, Iterator, Mapping, Sequence)
print(List[int], Dict[str, List[int]], Tuple[int, str], Tuple[int, ...], Tuple[()], Set[bytes], FrozenSet[str])
print(Type[int], Callable[[], None], Callable[[int], str], Callable[..., bool], Iterable[Tuple[int, int]])
print(MutableMapping[str, int], Generator[int, None, None], Sequence[List[str]])
print(List[int].__origin__, Dict[str, int].__args__, Callable[[int], str].__args__, Tuple[int, ...].__args__)
print(isinstance([], List), isinstance((), Tuple), isinstance({}, Dict), isinstance([], Sequence), isinstance(iter([]), Iterator))
print(issubclass(list, List), issubclass(dict, Mapping), issubclass(int, Iterable))
print(List[int] == List[int], List[int] == List[str], Dict[str, int] != Dict[int, str])
for bad in [lambda: List[int, str], lambda: Dict[int], lambda: List(), lambda: isinstance([], List[int]), lambda: issubclass(list, List[int]), lambda: Callable[int, str]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class MyList(List[int]):
    pass
print(MyList.__mro__[1], MyList([1, 2]))
