# Container subclasses that take keywords in their own __init__/__new__ keep working.
class Bag(list):
    def __init__(self, items=(), *, label='bag'):
        super().__init__(items)
        self.label = label
b = Bag([1, 2], label='mine')
print(b, b.label)
class Pair(tuple):
    def __new__(cls, a, b, *, swap=False):
        return super().__new__(cls, (b, a) if swap else (a, b))
print(Pair(1, 2, swap=True), Pair(1, 2))
class Named(tuple):
    def __init__(self, items, name=None):
        self.name = name
n = Named([1, 2], name='n')
print(n, n.name)
class Plain(list):
    pass
try:
    Plain(iterable=[1])
except TypeError as e:
    print('TypeError', e)
class PlainT(tuple):
    pass
try:
    PlainT(iterable=[1])
except TypeError as e:
    print('TypeError', e)
