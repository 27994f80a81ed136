from collections import namedtuple
P = namedtuple("P", "x y")
D = namedtuple("D", "a b c", defaults=(2, 3))
calls = [lambda: P(1), lambda: P(), lambda: P(1, 2, 3), lambda: P(1, 2, z=3), lambda: P(1, x=2), lambda: P(y=1),
         lambda: D(), lambda: D(1, 2, 3, 4), lambda: D(b=1), lambda: D(1, c=5, a=2),
         lambda: namedtuple("Q", "x x"), lambda: namedtuple("Q", "_x"), lambda: namedtuple("Q", "x def"),
         lambda: namedtuple("1Q", "x"), lambda: namedtuple("Q", "x 1"), lambda: namedtuple("class", "x"),
         lambda: namedtuple("Q", "x", defaults=[1, 2]), lambda: namedtuple("Q", "a-b"), lambda: namedtuple("Q", ["ok", "not ok"]),
         lambda: P(1, 2)._replace(z=1), lambda: P(1, 2)._replace(x=1, q=2, r=3), lambda: P._make([1]), lambda: P._make([1, 2, 3]),
         lambda: namedtuple("T", "a b c")(1), lambda: namedtuple("T", "a b c d")(), lambda: namedtuple("E", "")(1)]
for c in calls:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = P(1, 2)
for attempt in [lambda: setattr(p, "z", 1), lambda: p.__dict__]:
    try:
        attempt()
        print("no error")
    except AttributeError:
        print("AttributeError")
