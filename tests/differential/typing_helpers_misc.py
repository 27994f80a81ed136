import typing
from typing import cast, overload, final, no_type_check, TYPE_CHECKING, assert_never
print(TYPE_CHECKING, cast(int, "x"), cast("str", 3))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), f("a"))
@overload
def g(x: int) -> int: ...
try:
    g(1)
except NotImplementedError as e:
    print("NotImplementedError", str(e)[:40])
@final
class Leaf:
    pass
@final
def fn():
    return 1
print(Leaf.__final__, fn.__final__, fn())
@no_type_check
def h(x: "nonsense") -> 1:
    return x
print(h(5))
try:
    assert_never("value")
except AssertionError as e:
    print("AssertionError", e)
try:
    assert_never("x" * 200)
except AssertionError as e:
    print(len(str(e)))
if TYPE_CHECKING:
    import nonexistent_module_for_types
print(typing.Any, isinstance(typing.AnyStr, typing.TypeVar), typing.AnyStr.__constraints__)
try:
    typing.Any()
except TypeError as e:
    print("TypeError", e)
