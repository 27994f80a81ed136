import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is A and hasattr(C, "zz"): return True
        return NotImplemented
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): pass
try: B()
except TypeError as e: print(e)
class C(B):
    def g(self): return 5
print(C().g(), isinstance(C(), A), issubclass(C, B), issubclass(int, A))
A.register(int)
print(issubclass(int, A), isinstance(3, A), isinstance("", A))
class Z: zz = 1
print(issubclass(Z, A), isinstance(Z(), A), issubclass(Z, B))
print(A.__abstractmethods__ == frozenset({"f","g"}), type(A).__name__, abc.ABCMeta.__module__)
