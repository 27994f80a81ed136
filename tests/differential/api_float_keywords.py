# float() and int() take their value positionally only; subclasses may add keywords.
def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError', e)
show(lambda: float(x='1.5'))
show(lambda: float('1.5'))
show(lambda: float())
show(lambda: float(1, 2))
show(lambda: int(x='7'))
show(lambda: int('7', base=8))
show(lambda: int('ff', 16))
show(lambda: int(base=10))
show(lambda: bool(x=1))
show(lambda: bool(1, 2))
class Celsius(float):
    def __new__(cls, value, unit='C'):
        self = super().__new__(cls, value)
        self.unit = unit
        return self
c = Celsius(21.5, unit='F')
print(c, c.unit)
class Tagged(float):
    def __init__(self, value, tag=None):
        self.tag = tag
t = Tagged(2.5, tag='x')
print(t, t.tag)
class Bare(float):
    pass
show(lambda: Bare(x=1.0))
show(lambda: Bare(1.0))
