type A = list[int]
print(A, repr(A), A.__value__, A.__name__, A.__type_params__, A.__module__, type(A).__name__, A | None)
type B = 'fwd'
print(B.__value__)
type C = undefined_name
print(C.__name__)
try:
    C.__value__
except NameError as e:
    print('NameError', e)
try:
    A[int]
except TypeError as e:
    print('TypeError', e)
def f():
    local = dict
    type D = local[str, int]
    return D
print(f().__value__)
class K:
    type Inner = tuple[int, ...]
print(K.Inner, K.Inner.__value__)
def outer():
    T = int
    def mid():
        def inner(x: T) -> T:
            return x
        return inner
    return mid()
print(outer().__annotations__)
