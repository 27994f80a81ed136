from typing import Union, Optional, List, Dict, Any
print(Union[int, str], Union[str, int], Union[int, int], Union[int, Union[str, float]])
print(Optional[int], Optional[str], Union[None, int], Union[int, str, None], Optional[Union[int, str]])
print(Union[int, str] == Union[str, int], Union[int, None] == Optional[int], Union[int, str] == Union[int, float])
print(Union[int, str].__args__, Optional[int].__args__, Union[List[int], None])
print(Optional[List[Dict[str, Any]]], Union[int, "Fwd"], Optional["Name"])
for bad in [lambda: Union[()], lambda: Optional[int, str], lambda: Union[int, str](), lambda: isinstance(1, Union[int, str])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", type(e).__name__)
print(hash(Union[int, str]) == hash(Union[str, int]))
