x: int = 5
y: list[int]
z: "fwd"
class Obj:
    pass
o = Obj()
o.attr: int = 3
d = {}
d["k"]: str
print(__annotations__)

def f(p: 0, /, a: 1, *b: 2, c: 3, **d: 4) -> 5:
    inner: undefined_name = 1
    return inner

print(f.__annotations__, f(0, 1, c=2))

def g():
    pass

print(g.__annotations__)
g.__annotations__ = {"x": 1}
print(g.__annotations__)
g.__annotations__ = None
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print("TypeError", e)

class C:
    a: int
    b: str = "hi"
    if True:
        c: float = 1.0
    def m(self, v: int) -> None:
        pass

print(C.__annotations__, C.b, C.c, C.m.__annotations__)

class D:
    pass

print(hasattr(D, "__annotations__") and D.__dict__.get("__annotations__"))

def h(x: print("evaluated at def time") or int):
    return x

print(h.__annotations__)
lam = lambda q: q
print(lam.__annotations__)
class A:
    x: int
class B(A):
    y: str
print(B.__annotations__, A.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError", e)
B.__annotations__ = {"z": 1}
print(B.__annotations__)
del B.__annotations__
print(B.__annotations__)
import sys
