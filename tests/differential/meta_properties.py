class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "Temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"too cold: {v}")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__)
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)
prop = Temperature.celsius
print(prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__, Temperature.fahrenheit.fset)

class Sub(Temperature):
    @property
    def celsius(self):
        return "sub:" + str(super().celsius)
s = Sub(5)
print(s.celsius)
try:
    s.celsius = 10
except AttributeError as e:
    print(type(e).__name__)

class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)

def getx(self):
    return self._x
def setx(self, v):
    self._x = v * 2
class Old:
    x = property(getx, setx, None, "the x")
o = Old()
o.x = 4
print(o.x, Old.x.__doc__)

class RaisesAttr:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"getattr fallback for {name}"
print(RaisesAttr().broken)

class Computed:
    def __init__(self):
        self.items = [3, 1, 2]
    total = property(lambda self: sum(self.items))
    first = property(lambda self: self.items[0])
c = Computed()
print(c.total, c.first)
c.items.clear()
try:
    c.first
except IndexError as e:
    print(type(e).__name__)
p2 = property()
class Empty:
    e = p2
try:
    Empty().e
except AttributeError as e:
    print(type(e).__name__)
