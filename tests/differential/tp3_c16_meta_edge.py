class MetaA(type): pass
class MetaB(type): pass
class A(metaclass=MetaA): pass
class B(metaclass=MetaB): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(kw=1): pass
except TypeError as e:
    print("TypeError:", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    class S3(S1, S2): pass
except TypeError as e:
    print("TypeError:", e)
class MetaInit(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.created_by = f"MetaInit({name}, {sorted(kw)})"
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Duck(metaclass=MetaInit, flavor="x"):
    pass
class Robot:
    quack = True
print(Duck.created_by, isinstance(Robot(), Duck), isinstance(1, Duck))
class MetaSub(MetaInit): pass
class E(Duck, metaclass=MetaSub): pass
print(type(E).__name__, E.created_by)
Dyn = MetaInit("Dyn", (), {"v": 1})
print(Dyn.created_by, Dyn.v, type(Dyn).__name__)
class Alias:
    def __mro_entries__(self, bases): return (dict,)
class FromAlias(Alias()): pass
print(FromAlias.__mro__[1].__name__, FromAlias(a=1))
from abc import ABC, abstractmethod
class Shape(ABC):
    @classmethod
    @abstractmethod
    def unit(cls): ...
    @staticmethod
    @abstractmethod
    def kind(): ...
class Sq(Shape):
    @classmethod
    def unit(cls): return "m2"
try:
    Sq()
except TypeError as e:
    print("TypeError:", e)
class Sq2(Sq):
    @staticmethod
    def kind(): return "square"
print(Sq2().unit(), Sq2.kind())
class Counter(type):
    count = 0
    def __call__(cls, *a, **k):
        Counter.count += 1
        return super().__call__(*a, **k)
class P(metaclass=Counter):
    def __init__(self, x): self.x = x
ps = [P(i) for i in range(5)]
print(Counter.count, ps[-1].x)
class WithClassCell:
    def m(self): return __class__
print(WithClassCell().m().__name__)
def make_class(name, **attrs):
    return type(name, (object,), attrs)
Made = make_class("Made", greet=lambda self: "hi from " + type(self).__name__, n=3)
print(Made().greet(), Made.n, Made.__name__, Made.__module__ if False else "mod")
class Base: pass
Derived = type("Derived", (Base,), {})
print(issubclass(Derived, Base), Derived.__bases__[0].__name__, [c.__name__ for c in Derived.__mro__])
