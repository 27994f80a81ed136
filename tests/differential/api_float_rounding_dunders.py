# float.__trunc__/__floor__/__ceil__/__round__ and the math functions that use them.
import math
for v in [2.5, -2.5, 3.5, -0.5, 0.49999999999999994, 1e16 + 1, -7.9, 123.456]:
    print(v, v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), v.__round__(1),
          v.__round__(-1), math.floor(v), math.ceil(v), math.trunc(v), round(v), round(v, 2))
for bad in [float('inf'), float('nan')]:
    for name in ['__trunc__', '__floor__', '__ceil__', '__round__']:
        try:
            getattr(bad, name)()
        except (ValueError, OverflowError) as e:
            print(name, type(e).__name__, e)
print((2.5).__round__(None), type((2.5).__round__(None)).__name__)
print((1e300).__round__(-300), (1.5).is_integer(), (2.0).is_integer(), (2.0).conjugate())
class F(float): pass
print(round(F(2.675), 2), math.floor(F(1.5)), type(F(1.5).__floor__()).__name__)
