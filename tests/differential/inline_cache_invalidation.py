# Attribute and method-call sites that see changing classes, dicts and types: the
# inline caches must never return a stale answer.

class A:
    def __init__(self, v):
        self.x = v
        self.y = v * 2

    def m(self):
        return "A.m"


def read_x(o):
    return o.x


def call_m(o):
    return o.m()


def write_x(o, v):
    o.x = v


a = A(1)
for _ in range(3):
    print(read_x(a), call_m(a))

# A data descriptor added to the class later takes precedence over the instance dict.
A.x = property(lambda self: "property wins")
print(read_x(a))
del A.x
print(read_x(a))

# An instance attribute shadows the method after the call site was cached.
a.m = lambda: "instance m"
print(call_m(a))
del a.m
print(call_m(a))

# The method replaced on the class.
A.m = lambda self: "new A.m"
print(call_m(a))

# Deleting and re-adding attributes changes dict positions.
del a.x
try:
    read_x(a)
except AttributeError as e:
    print("AttributeError:", e)
a.z = 5
a.x = 7
print(read_x(a), a.z)

# Replacing the whole __dict__.
a.__dict__ = {"y": 1, "x": "from new dict"}
print(read_x(a))
write_x(a, "written")
print(a.__dict__)

# Many classes through one site (more than the cache has ways).
classes = []
for i in range(7):
    ns = {"__init__": (lambda self, i=i: setattr(self, "x", i * 10)), "m": (lambda self, i=i: i)}
    classes.append(type(f"C{i}", (), ns))
objs = [c() for c in classes]
for _ in range(2):
    print([read_x(o) for o in objs], [call_m(o) for o in objs])
for o in objs:
    write_x(o, -1)
print([read_x(o) for o in objs])


# Subclass with a different attribute layout through the same site.
class B(A):
    def __init__(self):
        self.w = "w"
        self.x = "B.x"

    def m(self):
        return "B.m"


b = B()
print(read_x(b), call_m(b), read_x(a), call_m(a))


# __slots__ and properties mixed in.
class S:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot"

    def m(self):
        return "S.m"


class P:
    @property
    def x(self):
        return "P.x property"

    def m(self):
        return "P.m"


for o in (a, S(), P(), b):
    print(read_x(o), call_m(o))

# __getattr__ fallback and __getattribute__ override.
class G:
    def __getattr__(self, name):
        return f"missing {name}"


class H:
    def __getattribute__(self, name):
        return f"intercepted {name}"


g = G()
print(read_x(g))
g.x = "now present"
print(read_x(g), read_x(H()))

# Changing an instance's class.
class K:
    def __init__(self):
        self.x = "K"

    def m(self):
        return "K.m"


k = K()
print(read_x(k), call_m(k))
k.__class__ = A
print(read_x(k), call_m(k))

# A class attribute becomes visible when the instance one is deleted.
class D:
    x = "class-level"


d = D()
d.x = "instance-level"
print(read_x(d))
del d.x
print(read_x(d))
D.x = "changed class-level"
print(read_x(d))


class Slotted:
    __slots__ = ("x",)


for value in (1, Slotted, int):
    try:
        k.__class__ = value
    except TypeError as e:
        print("TypeError:", e)
try:
    k.__dict__ = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del k.__class__
except TypeError as e:
    print("TypeError:", e)
del k.__dict__
print(k.__dict__)
k.q = 1
print(k.__dict__)
