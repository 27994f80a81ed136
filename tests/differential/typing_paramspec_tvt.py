import typing
from typing import ParamSpec, TypeVarTuple, Callable, Generic, TypeVar, get_args
P = ParamSpec("P")
Q = ParamSpec("Q", covariant=True)
R = ParamSpec("R", infer_variance=True)
print(P, Q, R, repr(P), P.__name__, P.__bound__, Q.__covariant__, R.__infer_variance__)
print(P.args, P.kwargs, P.args.__origin__ is P, P.args == P.args, P.args == Q.args, P.kwargs != P.kwargs)
print(type(P).__name__, type(P.args).__name__, type(P.kwargs).__name__, isinstance(P, ParamSpec))
print(isinstance(P, TypeVar), isinstance(TypeVar("T"), ParamSpec))
print(Callable[P, int], get_args(Callable[P, int]))
T = TypeVar("T")
class Wrapper(Generic[P, T]):
    pass
print(Wrapper.__parameters__, Wrapper[P, int])
print(P | int, int | P)
Ts = TypeVarTuple("Ts")
print(Ts, repr(Ts), Ts.__name__, type(Ts).__name__, isinstance(Ts, TypeVarTuple))
for bad in [lambda: ParamSpec("X", int), lambda: ParamSpec("X", covariant=True, contravariant=True),
            lambda: TypeVarTuple(3), lambda: ParamSpec(name=3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
for obj in (P, Ts):
    try:
        class Sub(obj):
            pass
    except TypeError as e:
        print("TypeError", e)
print(typing.ParamSpecArgs is type(P.args), typing.ParamSpecKwargs is type(P.kwargs))
