class M1(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M1.__new__", name, sorted(kw))
        return type.__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("M1.__init__", name)
        type.__init__(cls, name, bases, ns)
class Base(metaclass=M1):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Child(Base, option=3):
    pass
print(type(Child).__name__, Child.__mro__[1].__name__)
T = type.__call__(M1, "T", (), {})
print(T.__name__, type(T).__name__)
print(type(5), type("X", (), {}).__name__, type.__new__(type, "Y", (), {"a": 1}).a)
try:
    type("Z", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
