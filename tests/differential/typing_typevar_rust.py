from typing import TypeVar, Union, Optional, List, Generic
T = TypeVar("T")
K = TypeVar("K", covariant=True)
V = TypeVar("V", contravariant=True)
I = TypeVar("I", infer_variance=True)
N = TypeVar("N", int, str)
B = TypeVar("B", bound=int)
F = TypeVar("F", bound="Later")
Z = TypeVar("Z", bound=None)
print(T, K, V, I, N, B, repr(T), str(K))
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(K.__covariant__, V.__contravariant__, I.__infer_variance__, N.__constraints__, B.__bound__)
print(F.__bound__, Z.__bound__)
print(type(T).__name__, type(T).__module__, isinstance(T, TypeVar), T == T, T == TypeVar("T"))
print({T: 1, K: 2}[T], len({T, T, K}))
print(T | int, int | T, T | None, Optional[T], Union[T, K])
print(List[T], List[T][int])
for args, kwargs in [(("X", int), {}), (("X",), {"covariant": True, "contravariant": True}),
                     (("X", int, str), {"bound": int}),
                     (("X",), {"covariant": True, "infer_variance": True})]:
    try:
        TypeVar(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Sub(T):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class MyTV(TypeVar):
        pass
except TypeError as e:
    print("TypeError", e)
class Box(Generic[T]):
    pass
print(Box.__parameters__, Box[int])
