from typing import Union, Optional, List, get_origin, get_args, Any
print(Union[int, str], Union[int, int], Union[int, Union[str, float]], Union[int, None])
print(Optional[int], Optional[Union[int, str]], Union[None, int])
print(Union[int, str] == Union[str, int], Union[int, str] == Union[int, float])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str] | None, Optional[int] | str)
print(get_origin(Union[int, str]) is Union, get_args(Union[int, str, None]))
print(get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(get_origin(List[int]) is list, get_args(List[int]), get_args(int), get_origin(int))
print(isinstance(3, Union[int, str]), isinstance(3.0, Union[int, str]), issubclass(bool, Union[int, str]))
print(Union[List[int], None], Union[Any, int])
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Union[int, str]()
except TypeError as e:
    print("TypeError", e)
