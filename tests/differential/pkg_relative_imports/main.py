import shapes
from shapes import area, Square
from shapes.sub import deep
from shapes.sub.deep import helper as h
import shapes.util as u

print(shapes.__name__, shapes.VERSION)
print(area(Square(3)))
print(deep.__name__, h(), u.double(21))
print(shapes.sub.__name__, shapes.sub.deep.LEVEL)
print(sorted(n for n in dir(shapes) if not n.startswith("_")))
print(Square.__module__, area.__module__, type(shapes).__name__)
try:
    from shapes import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    import shapes.missing_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(shapes.init_order)
