import typing as t
from typing import cast, overload, final, TYPE_CHECKING, Any, ClassVar, Final, Literal, NoReturn, Annotated
print(TYPE_CHECKING, Any, NoReturn, ClassVar[int], Final[str], Literal["a", 1, None], Literal[True])
print(cast(int, "not an int"), cast("List[int]", [1]), cast(t.List[int], (1,)))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(3), f("ab"))
@final
class Leaf:
    pass
@final
def g():
    return "g"
print(Leaf.__name__, g(), getattr(Leaf, "__final__", None), getattr(g, "__final__", None))
if TYPE_CHECKING:
    import this_module_does_not_exist
    from another_missing_module import thing
if t.TYPE_CHECKING:
    import also_missing as am
print("after guarded imports")
print(t.get_origin(t.List[int]), t.get_origin(int), t.get_origin(t.Union[int, str]), t.get_origin(t.Optional[int]))
print(t.get_args(int), t.get_args(t.Callable[[int, str], bool]), t.get_args(t.Tuple[int, ...]), t.get_args(t.Literal[1, 2]))
for bad in [lambda: Any(), lambda: isinstance(1, Any), lambda: ClassVar[int, str], lambda: t.Union(), lambda: Final[1, 2]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
try:
    class X(Any): pass
except TypeError as e:
    print("TypeError: subclass Any")
def annotated(x: t.Optional[int] = None, *args: t.Any, **kw: t.Dict[str, int]) -> t.List[str]:
    return [str(x)]
print(annotated(), annotated(1))
