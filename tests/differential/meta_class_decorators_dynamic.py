def add_repr(cls):
    fields = [k for k in cls.__dict__ if not k.startswith("_") and not callable(cls.__dict__[k])]
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls

def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco

REG = {}

@register(REG)
@add_repr
class Config:
    host = "localhost"
    port = 80
    def method(self):
        return 1

c = Config()
c.port = 8080
print(c, sorted(REG))

def replace_with_instance(cls):
    return cls()
@replace_with_instance
class Single:
    value = 3
print(type(Single).__name__, Single.value)

Dyn = type("Dyn", (object,), {"x": 1, "double": lambda self: self.x * 2, "__doc__": "dyn doc"})
d = Dyn()
print(d.double(), Dyn.__doc__, Dyn.__name__, Dyn.__qualname__)
Dyn.y = 10
Dyn.triple = lambda self: self.x * 3
print(d.y, d.triple())
del Dyn.y
print(hasattr(d, "y"))
setattr(Dyn, "z", "set via setattr")
print(getattr(d, "z"), "z" in vars(Dyn), "z" in vars(d))
d.__class__ = type("Other", (), {"x": 99})
print(type(d).__name__, d.x)

class Base:
    def hello(self):
        return "base hello"
Derived = type("Derived", (Base,), {})
print(Derived().hello(), Derived.__bases__[0].__name__, issubclass(Derived, Base))

def make_class(n):
    class Inner:
        num = n
        def get(self):
            return self.num
    return Inner
classes = [make_class(i) for i in range(3)]
print([k.__name__ for k in classes], [k().get() for k in classes], classes[0] is classes[1])

class WithClassAttrFn:
    f = staticmethod(len)
    g = len
print(WithClassAttrFn.f("abc"), WithClassAttrFn().g("ab"))
