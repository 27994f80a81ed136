from functools import singledispatch, singledispatchmethod, cached_property
import collections.abc

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        msg = str(e)
        i = msg.find(' at 0x')
        if i >= 0:
            msg = msg[:i] + msg[msg.index('>', i):]
        print(type(e).__name__, msg)

@singledispatch
def show(x):
    return 'default ' + repr(x)

@show.register
def _(x: int):
    return 'int ' + str(x)

@show.register(str)
def _(x):
    return 'str ' + x

def show_list(x, extra=''):
    return 'list of %d%s' % (len(x), extra)
show.register(list, show_list)

@show.register
def _(x: float | complex):
    return 'number ' + str(x)

class Base: pass
class Child(Base): pass

@show.register(Base)
def _(x):
    return 'Base-like ' + type(x).__name__

t(lambda: show(1))
t(lambda: show(True))
t(lambda: show('a'))
t(lambda: show([1, 2]))
t(lambda: show([1, 2], extra='!'))
t(lambda: show(2.5))
t(lambda: show(1j))
t(lambda: show(None))
t(lambda: show(Child()))
t(lambda: show(()))
t(lambda: show())
t(lambda: show.dispatch(bool) is show.dispatch(int))
t(lambda: show.dispatch(Child).__name__)
t(lambda: sorted(k.__name__ for k in show.registry))
t(lambda: show.registry[object] is show.__wrapped__)
t(lambda: show.__name__)
t(lambda: show.register(5))
t(lambda: show.register(5, lambda x: x))
def noann(x): pass
t(lambda: show.register(noann))
def badann(x: 5): pass
t(lambda: show.register(badann))

@singledispatch
def abc_test(x):
    return 'plain'
@abc_test.register(collections.abc.Sequence)
def _(x):
    return 'sequence'
@abc_test.register(collections.abc.Mapping)
def _(x):
    return 'mapping'
t(lambda: abc_test([1]))
t(lambda: abc_test((1,)))
t(lambda: abc_test('s'))
t(lambda: abc_test({}))
t(lambda: abc_test(5))

class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return 'obj'
    @fmt.register
    def _(self, arg: int):
        return 'int %d' % arg
    @fmt.register(list)
    def _(self, arg):
        return 'list %r' % (arg,)
f = Fmt()
t(lambda: f.fmt(3))
t(lambda: f.fmt([1]))
t(lambda: f.fmt('x'))

class Circle:
    calls = 0
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        """The area."""
        Circle.calls += 1
        return 3 * self.r * self.r
c = Circle(2)
t(lambda: c.area)
t(lambda: c.area)
t(lambda: Circle.calls)
t(lambda: 'area' in c.__dict__)
c.area = 100
t(lambda: c.area)
del c.area
t(lambda: c.area)
t(lambda: Circle.calls)
t(lambda: Circle.area.__doc__)
t(lambda: Circle.area.attrname)
t(lambda: type(Circle.__dict__['area']).__name__)

class Slotted:
    __slots__ = ('x',)
    @cached_property
    def val(self):
        return 1
t(lambda: Slotted().val)

cp = cached_property(lambda self: 1)
t(lambda: cp.__get__(c, Circle))
def two():
    class Two:
        a = cp
        b = cp
t(two)
