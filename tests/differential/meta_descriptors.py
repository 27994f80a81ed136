class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return f"<Typed {self.name} on {owner.__name__}>"
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{self.name} not set") from None
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]

class NonData:
    def __get__(self, obj, owner):
        return "nondata"

class Point:
    x = Typed(int)
    y = Typed(int)
    nd = NonData()

p = Point()
print(Point.x)
try:
    print(p.x)
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 3
try:
    p.y = "4"
except TypeError as e:
    print(type(e).__name__, e)
print(p.x, p.nd)
p.nd = "instance wins"
print(p.nd)
del p.nd
print(p.nd)
del p.x
print(hasattr(p, "x"))
p.__dict__["x"] = "dict"
print(p.x)

class Method:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        def bound(*a):
            return self.fn(obj, *a)
        return bound

class UsesMethod:
    @Method
    def hello(self, who):
        return f"hello {who} from {type(self).__name__}"
print(UsesMethod().hello("you"))

def plain(self):
    return "plain"
bm = plain.__get__(UsesMethod(), UsesMethod)
print(bm(), type(bm).__name__)
print(bm.__func__ is plain)

class CM:
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def st(a, b):
        return a + b
class CMSub(CM): pass
print(CM.make(), CMSub.make(), CMSub().make(), CM.st(1, 2), CMSub().st(3, 4))
sm = CM.__dict__["st"]
cmeth = CM.__dict__["make"]
print(type(sm).__name__, type(cmeth).__name__, sm.__func__(5, 6))

class Counter:
    def __init__(self):
        self.count = 0
    def __get__(self, obj, owner):
        self.count += 1
        return self.count
class HasCounter:
    c = Counter()
h = HasCounter()
print(h.c, h.c, HasCounter.c)

class GetAttrOrder:
    a = 1
    def __getattr__(self, name):
        return f"fallback {name}"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
g = GetAttrOrder()
print(g.a, g.secret, g.missing)
