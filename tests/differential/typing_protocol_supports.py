from typing import Protocol, SupportsInt, SupportsIndex, SupportsFloat, SupportsAbs, runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str: ...
class English(Greeter):
    def greet(self):
        return "hello"
class French:
    def greet(self):
        return "bonjour"
def welcome(g: Greeter) -> str:
    return g.greet()
print(welcome(English()), welcome(French()), English.__mro__)
print(SupportsInt.__name__, SupportsIndex.__name__, SupportsFloat.__mro__[1:], SupportsAbs.__name__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
print(Closable.__name__)
class Impl(Closable):
    def __init__(self, n):
        self.n = n
    def close(self):
        return f"closed {self.n}"
print(Impl(3).close(), isinstance(Impl(1), Closable))
try:
    Greeter()
except TypeError as e:
    print("TypeError:", e)
