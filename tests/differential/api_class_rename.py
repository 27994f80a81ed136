# Renaming classes: __name__, __qualname__, repr and error messages.
class Widget:
    def __repr__(self):
        return '<%s>' % type(self).__name__
w = Widget()
Widget.__name__ = 'Gadget'
print(Widget.__name__, Widget.__qualname__, Widget, w)
try:
    w.missing
except AttributeError as e:
    print('AttributeError', e)
Widget.__qualname__ = 'Outer.Gadget'
print(Widget, Widget.__qualname__)
def factory(name):
    class Product:
        pass
    Product.__name__ = name
    Product.__qualname__ = name
    return Product
P = factory('Apple')
print(P, P.__name__, P().__class__.__name__)
for val in [1, None, b'x']:
    try:
        Widget.__name__ = val
    except TypeError as e:
        print('TypeError', e)
try:
    del Widget.__qualname__
except TypeError as e:
    print('TypeError', e)
try:
    int.__name__ = 'integer'
except TypeError as e:
    print('TypeError', e)
def fn():
    pass
fn.__name__ = 'renamed'
fn.__qualname__ = 'Some.renamed'
print(fn.__name__, repr(fn).split(' at ')[0])
try:
    fn.__name__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    fn.__qualname__ = None
except TypeError as e:
    print('TypeError', e)
