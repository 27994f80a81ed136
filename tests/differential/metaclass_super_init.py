class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a)
        return super().__call__(*a, **k)
class A(metaclass=Meta, flag=1):
    def __init__(self, x): self.x = x
a = A(5); print(a.x)
B = Meta("B", (A,), {"y": 2})
print(B.y, type(B).__name__)
C = type("C", (), {"z": 3}); print(C.z, C.__qualname__)
try:
    type.__init__(C, 1, 2)
except TypeError as e:
    print(e)
try:
    type.__init__(C, "a", x=1)
except TypeError as e:
    print(e)
X = Meta.__new__(Meta, "X", (), {})
print(type(X), X.__name__)
