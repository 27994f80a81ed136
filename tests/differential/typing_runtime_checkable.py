from typing import Generic, TypeVar, Protocol, runtime_checkable
T = TypeVar("T")
try:
    class Bad[T](Generic[T]): pass
except TypeError as e:
    print("TypeError", e)
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class NotRT(Protocol):
    def close(self): ...
try:
    isinstance(F(), NotRT)
except TypeError as e:
    print("TypeError", e)
@runtime_checkable
class HasSize(Protocol):
    size: int
    def area(self): ...
class Sq:
    size = 2
    def area(self): return 4
class Half:
    size = 1
    area = None
print(isinstance(Sq(), HasSize), isinstance(Half(), HasSize), isinstance(F(), HasSize))
try:
    issubclass(Sq, HasSize)
except TypeError as e:
    print("TypeError", e)
print(issubclass(F, Closable), issubclass(int, Closable))
class Impl(Closable):
    pass
print(isinstance(Impl(), Closable))
from typing import SupportsInt, SupportsIndex
print(isinstance(3, SupportsInt), isinstance("x", SupportsIndex))
try:
    runtime_checkable(F)
except TypeError as e:
    print("TypeError", str(e)[:50])
