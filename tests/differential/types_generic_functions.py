def first[T](xs: list[T]) -> T:
    return xs[0]


def clamp[N: (int, float)](x: N, lo: N, hi: N) -> N:
    return max(lo, min(x, hi))


def pair[A, B: str](a: A, b: B = "x") -> tuple[A, B]:
    return (a, b)


print(first([3, 4]), clamp(15, 0, 10), pair(1), pair(1, "y"))
print(first.__type_params__, pair.__type_params__)
T, = first.__type_params__
print(type(T).__name__, T.__name__, T.__bound__, repr(T))
A, B = pair.__type_params__
print(B.__bound__, first.__name__, first.__qualname__)
print(first.__annotations__)


class Box:
    def get[T](self, default: T) -> T:
        return default


print(Box().get(5), Box.get.__qualname__, Box.get.__type_params__)


def outer():
    def inner[T](x: T) -> T:
        return x
    return inner


f = outer()
print(f(9), f.__qualname__, f.__type_params__)


def deco(fn):
    print("decorating", fn.__name__, fn.__type_params__)
    return fn


@deco
def ident[T](x: T) -> T:
    return x


print(ident("ok"))
