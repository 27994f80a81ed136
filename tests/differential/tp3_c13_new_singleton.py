class Singleton:
    _instance = None
    def __new__(cls, *a, **k):
        if cls._instance is None:
            print("creating instance of", cls.__name__)
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print("init with", v)
        self.v = v
a = Singleton(1); b = Singleton(2)
print(a is b, a.v)
class Weird:
    def __new__(cls, kind):
        if kind == "int": return 42
        return super().__new__(cls)
    def __init__(self, kind):
        print("Weird init", kind)
print(Weird("int"), type(Weird("obj")).__name__)
class Interned:
    _cache = {}
    def __new__(cls, name):
        try:
            return cls._cache[name]
        except KeyError:
            obj = super().__new__(cls)
            obj.name = name
            cls._cache[name] = obj
            return obj
    def __repr__(self): return f"Interned({self.name!r})"
print(Interned("a") is Interned("a"), Interned("a") is Interned("b"), sorted(Interned._cache))
class Immutable:
    __slots__ = ("_x",)
    def __init__(self, x): object.__setattr__(self, "_x", x)
    def __setattr__(self, k, v): raise AttributeError(f"{type(self).__name__} is immutable")
    @property
    def x(self): return self._x
i = Immutable(3)
try:
    i.y = 1
except AttributeError as e:
    print("AttributeError:", e)
print(i.x)
class Point:
    def __new__(cls, x, y):
        self = super().__new__(cls)
        self.x, self.y = x, y
        return self
    def __getnewargs__(self): return (self.x, self.y)
print(Point(1, 2).x)
class Base:
    def __new__(cls, *args):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)
class Derived(Base):
    def __init__(self, a, b):
        print("Derived.__init__", a, b)
Derived(1, 2)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    class NoArgs: pass
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyNew:
    def __new__(cls, a): return super().__new__(cls)
print(type(OnlyNew(5)).__name__)
try:
    class OnlyInit:
        def __init__(self): pass
    OnlyInit(5)
except TypeError as e:
    print("TypeError:", e)
