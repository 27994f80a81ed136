import abc

class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

class Impl(Base):
    pass

try:
    Impl()
except TypeError as e:
    print("before:", e)
Impl.f = lambda self: "patched"
print(sorted(Impl.__abstractmethods__))
abc.update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__), Impl().f())

def g(self): ...
Impl.g = abc.abstractmethod(g)
abc.update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__))
try:
    Impl()
except TypeError as e:
    print("after:", e)

class NotAbc:
    pass
print(abc.update_abstractmethods(NotAbc) is NotAbc)
print(hasattr(NotAbc, "__abstractmethods__"))

Impl.__abstractmethods__ = frozenset()
print(Impl().f())
print(abc.abstractmethod(g) is g, g.__isabstractmethod__)
