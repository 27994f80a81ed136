import abc

class A(abc.ABC):
    pass

class B(A):
    pass

try:
    A.register(3)
except TypeError as e:
    print("TypeError", e)
try:
    B.register(A)
except RuntimeError as e:
    print("RuntimeError", e)
print(A.register(B) is B)

@A.register
class Virtual:
    pass

print(Virtual.__name__, issubclass(Virtual, A), issubclass(Virtual, B))
print(A in Virtual.__mro__)
try:
    issubclass(3, A)
except TypeError as e:
    print("TypeError", e)
A.register(tuple)
print(isinstance((), A), isinstance([], A), issubclass(bool, A))
class C(metaclass=abc.ABCMeta):
    pass
C.register(A)
print(issubclass(B, C), issubclass(Virtual, C), isinstance(B(), C))
