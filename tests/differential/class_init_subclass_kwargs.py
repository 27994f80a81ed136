class Base:
    def __init_subclass__(cls, /, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
class A(Base, flavor="x"):
    pass
print(A.flavor)
for src in ("kw", "pos"):
    try:
        if src == "kw":
            class D(kw=1):
                pass
        else:
            class E(Base, flavor="y", other=2):
                pass
    except TypeError as e:
        print("TypeError:", e)
class Outer:
    try:
        class Inner(z=3):
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)
class M(type):
    def __new__(m, name, bases, ns, **kw):
        return super().__new__(m, name, bases, ns)
class F(metaclass=M, extra=1):
    pass
print("F ok")
