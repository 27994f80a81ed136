"""Doc."""
from __future__ import annotations
import __future__
def f(x: int, y: list[int] | None = None, *a: "q's", **k: Callable[[int, str], Optional[str]]) -> tuple[int, ...]:
    pass
print(f.__annotations__)
class C:
    a: dict[str, int] = 3
    b: typing.Literal[-1, 'x', "y\n"]
    c: tuple[()]
    d: a | (b | c)
    e: X[int,]
print(C.__annotations__, C.a)
x: Undefined.thing
obj = C()
obj.z: Undefined2 = 4
print(__annotations__, obj.z)
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(annotations)
