class A:
    def who(self):
        return ["A"]
    def __init__(self):
        print("A.__init__")
        super().__init__()
class B(A):
    def who(self):
        return ["B"] + super().who()
    def __init__(self):
        print("B.__init__")
        super().__init__()
class C(A):
    def who(self):
        return ["C"] + super().who()
    def __init__(self):
        print("C.__init__")
        super().__init__()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    def __init__(self):
        print("D.__init__")
        super().__init__()

d = D()
print(d.who())
print([k.__name__ for k in D.__mro__])
print(super(B, d).who(), super(C, d).who())
print(super(D, D).who(d))

class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class W(Y, Z): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)

class K1: pass
class K2: pass
class K3: pass
class M1(K1, K2): pass
class M2(K2, K3): pass
class N(M1, M2): pass
print([k.__name__ for k in N.__mro__])

class Parent:
    @classmethod
    def create(cls):
        return f"created {cls.__name__}"
    @staticmethod
    def helper():
        return "helper"
    @property
    def prop(self):
        return "parent prop"
class Kid(Parent):
    @classmethod
    def create(cls):
        return "kid:" + super().create()
    @property
    def prop(self):
        return "kid+" + super().prop
print(Kid.create(), Kid().prop)

class NoArgSuper:
    def method(self):
        def inner():
            return super().method()
        return inner

class Base:
    def greet(self):
        return "base"
class Child(Base):
    def greet(self):
        return "child"
    def call_base(self):
        return Base.greet(self), super().greet(), self.greet()
print(Child().call_base())
try:
    super(int, "s")
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(D, (int, A)), isinstance(d, C), D.__bases__ == (B, C))
