class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        print("Registry.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Registry.__init__", name)
    def __call__(cls, *args, **kwargs):
        print("creating instance of", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def __repr__(cls):
        return f"<cls {cls.__name__}>"
    def __len__(cls):
        return len(cls.__name__)
    def __getitem__(cls, item):
        return f"{cls.__name__}[{item}]"

class Base(metaclass=Registry):
    def __init__(self, v):
        self.v = v

class Child(Base, flag=True):
    def method(self):
        return self.v * 2

print(Registry.classes)
c = Child(21)
print(c.method(), type(Child).__name__, repr(Child), len(Child), Child["int"])
print(isinstance(Child, Registry), issubclass(Registry, type))

class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        d = {"injected": 123}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))

class WithPrepare(metaclass=Meta2, extra=1):
    x = injected + 1
print(WithPrepare.x, WithPrepare.injected)

def func_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)

class FromFunc(metaclass=func_meta):
    pass
print(FromFunc.made_by, type(FromFunc).__name__)

Dyn = Registry("Dyn", (Base,), {"z": 5, "get": lambda self: self.z})
d = Dyn(1)
print(type(Dyn).__name__, d.get(), Dyn.__mro__[1].__name__)

class MetaA(type): pass
class MetaB(type): pass
class A(metaclass=MetaA): pass
class B(metaclass=MetaB): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

class MetaSub(MetaA): pass
class S(metaclass=MetaSub): pass
class AS(A, S): pass
print(type(AS).__name__)

try:
    type("X", (), {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(3).__name__, type(type).__name__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, n):
        self.n = n
print(Conf(1) is Conf(2), Conf(3).n)
