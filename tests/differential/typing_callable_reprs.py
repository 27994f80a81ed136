import typing
from typing import Callable, List, Dict, Tuple, Set, FrozenSet, Type, Iterable, Mapping
print(Callable[[int], str], Callable[[int, str], None], Callable[..., int], Callable[[], bool])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Set[bytes], FrozenSet[int], Type[int], Iterable[str], Mapping[str, int])
print(typing.List, typing.Dict, typing.Callable, typing.Any, typing.Union, typing.Optional)
print(List[typing.Any], Dict[str, "Fwd"], List[None])
print(typing.get_args(Callable[[int], str]), typing.get_args(Callable[..., int]))
print(typing.get_origin(Callable[[int], str]))
class Local:
    pass
print(List[Local], Callable[[Local], Local])
try:
    List[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    List()
except TypeError as e:
    print("TypeError", e)
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError", e)
print(isinstance([], typing.List), issubclass(dict, typing.Mapping))
