class A:
    x = 1
    x += 1
    y = [x] * 2
    def f(self, x=x):
        return x
    z = f(None)
    del f
print(A.x, A.y, A.z, hasattr(A, "f"))

class B:
    names = ["a", "b"]
    upper = list(map(str.upper, names))
    joined = "".join(n for n in ["p", "q"])
    first = names[0]
print(B.upper, B.joined, B.first)

class C:
    for i in range(3):
        pass
    last_i = i
    del i
print(C.last_i, hasattr(C, "i"))

class D:
    try:
        risky = 1 / 0
    except ZeroDivisionError as exc:
        risky = "caught in class body"
    if True:
        cond = "yes"
    else:
        cond = "no"
print(D.risky, D.cond, hasattr(D, "exc"))

def factory():
    counter = 0
    class E:
        nonlocal counter
        counter += 1
        value = counter
    return E.value, counter
print(factory())

x = "module x"
class F:
    x = "class x"
    def m(self):
        return x
    @staticmethod
    def s():
        return x
    @classmethod
    def c(cls):
        return cls.x
print(F().m(), F.s(), F.c())

class G:
    global gvar
    gvar = "set from class body"
print(gvar, hasattr(G, "gvar"))

class H:
    a = 1
    b = (lambda: a if False else "lambda can't see class vars")()
    c = [a for _ in range(1)] if False else "skip"
print(H.b)

class I:
    def __init__(self):
        self.items = []
    def add(self, v):
        self.items.append(v)
        return self
print(I().add(1).add(2).items)

class J:
    __slots__ = ()
    CONST = 5
    def get(self):
        return self.CONST
print(J().get(), J.CONST)
class K:
    attr = "class"
k = K()
k.attr = "instance"
print(k.attr, K.attr)
del k.attr
print(k.attr)
try:
    del k.attr
except AttributeError as e:
    print(type(e).__name__, e)
