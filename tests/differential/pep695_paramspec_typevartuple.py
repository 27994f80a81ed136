from typing import Callable
def call[**P, R](f: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    return f(*args, **kwargs)
print(call.__type_params__, call(max, 3, 9))
def shape[*Ts]():
    pass
print(shape.__type_params__, shape.__type_params__[0].__name__)
type Fn[**P] = Callable[P, int]
print(Fn.__type_params__, Fn.__value__)
def both[T, *Ts, **P](): pass
print(both.__type_params__, [type(p).__name__ for p in both.__type_params__])
print(call.__type_params__[0].__infer_variance__)
