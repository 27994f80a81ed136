import typing as t
T = t.TypeVar("T")
print(t.Optional[int], t.Union[int, str], t.Union[int, None, str], t.Union[int], t.Optional[t.Union[int, str]])
print(t.List, t.List[int], t.Dict[str, t.List[int]], t.Tuple[int, ...], t.Tuple[()], t.Callable[[int, str], bool], t.Callable[..., int], t.Callable)
print(t.Any, T, t.TypeVar("U", covariant=True), t.List[T], t.Type[int], t.Iterable[str], t.Mapping[str, int])
print(t.Set[int], t.FrozenSet[int], t.Sequence[int], t.Iterator[int], t.Optional[t.List["X"]])
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), t.get_args(t.Optional[int]), t.get_origin(t.Union[int, str]))
print(t.cast(int, "x"), t.TYPE_CHECKING)
class C(t.Generic[T]):
    pass
print(C[int], C.__mro__)
class P(t.Protocol):
    def meth(self) -> int: ...
class Impl(P):
    def meth(self): return 3
print(Impl().meth(), P.__name__)
@t.overload
def f(x: int) -> int: ...
def f(x): return x
print(f(2))
print(t.Optional[int] == t.Union[int, None], t.List[int] == t.List[int], hash(t.List[int]) == hash(t.List[int]))
print(isinstance([], t.List), isinstance({}, t.Mapping), t.Union[int, str].__args__)
try:
    isinstance([], t.List[int])
except TypeError as e:
    print("TypeError:", e)
@t.final
class F: pass
print(F.__name__, t.List[int].__origin__, t.Literal[1, "a"], t.ClassVar[int], t.Final[int])
print(t.Optional[int] | str if hasattr(t.Optional[int], "__or__") else None)
