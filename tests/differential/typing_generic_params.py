from typing import Generic, TypeVar, Dict, List
T = TypeVar("T")
U = TypeVar("U")
class Pair(Generic[T, U]):
    def __init__(self, a, b):
        self.a, self.b = a, b
class IntPair(Pair[int, U]):
    pass
class Concrete(Pair[int, str]):
    pass
print(Pair.__parameters__, IntPair.__parameters__, Concrete.__parameters__)
print(Pair.__orig_bases__, IntPair.__orig_bases__)
print(Pair[int, str], IntPair[bytes], Pair[List[T], Dict[T, U]])
print(Pair.__mro__[1:], Concrete.__mro__[1].__name__)
p = Pair[int, str](1, "x")
print(p.a, p.b, type(p).__name__)
for bad in [lambda: Generic[int], lambda: Generic[T, T], lambda: Generic[()]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    Pair[int]
except TypeError as e:
    print("TypeError", e)
try:
    Concrete[int]
except TypeError as e:
    print("TypeError", e)
try:
    Pair[int, str, bytes]
except TypeError as e:
    print("TypeError", e)
