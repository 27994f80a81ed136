from __future__ import annotations
from functools import singledispatch

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

@singledispatch
def describe(obj) -> str:
    return 'thing'

@describe.register
def _(obj: Point) -> str:
    return 'point(%d, %d)' % (obj.x, obj.y)

@describe.register
def _(obj: int) -> str:
    return 'int'

print(describe(Point(1, 2)), describe(3), describe('s'))
try:
    @describe.register
    def _(obj: Missing) -> str:
        return 'never'
except NameError as e:
    print('NameError', e)
print(describe.__name__, describe.__wrapped__.__name__, describe.__doc__)
