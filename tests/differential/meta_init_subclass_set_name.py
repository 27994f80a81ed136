class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
        print("registered", cls.key, "from", cls.__mro__[1].__name__)

class Alpha(Plugin): pass
class Beta(Plugin, key="b"): pass
class Gamma(Beta): pass
print(sorted(Plugin.registry))
print(Gamma.key, Beta.key, hasattr(Plugin, "key"))


class Field:
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    first = Field()
    second = Field()
    def __init__(self, a):
        self.first = a

m = Model(10)
print(m.first, m.second, m.__dict__)
m.second = "s"
print(sorted(m.__dict__.items()))
print(type(Model.first).__name__, Model.first.name)

f = Field()
class Late: pass
Late.attr = f
print(hasattr(f, "name"))

class Tracker:
    def __set_name__(self, owner, name):
        raise ValueError(f"no {name}")
try:
    class Boom:
        t = Tracker()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)

class Order:
    seen = []
    def __init_subclass__(cls, **kw):
        Order.seen.append((cls.__name__, sorted(k for k in vars(cls) if not k.startswith("__"))))
class O1(Order):
    b = 1
    a = 2
print(Order.seen)

class Outer:
    class Inner(Plugin, key="inner"):
        pass
print(Outer.Inner.__qualname__, Plugin.registry["inner"].__name__)

class DefaultInit:
    pass
class Sub(DefaultInit):
    pass
print(DefaultInit.__init_subclass__.__name__)
