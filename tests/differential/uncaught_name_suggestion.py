import math

class Point:
    def __init__(self):
        self.xcoord = 1
        self.ycoord = 2

    def norm(self):
        return 0

p = Point()
for expr in ("p.xcord", "p.nrom", "math.sqr", "p.zzzzzzzzz", "Point.nrm", "[].apend", "(1).real2"):
    try:
        eval_target = expr
        obj, attr = expr.rsplit(".", 1)
        getattr({"p": p, "math": math, "Point": Point, "[]": [], "(1)": 1}[obj], attr)
    except AttributeError as e:
        print(type(e).__name__, e, e.name, type(e.obj).__name__)
counter = 1
def f():
    return countr + 1
try:
    f()
except NameError as e:
    print(e, e.name)
print(NameError("x").name, AttributeError("y").obj)
import sys
which = sys.argv[1] if len(sys.argv) > 1 else "0"
if which == "0":
    f()
elif which == "1":
    p.nrom()
elif which == "2":
    print(sys.version_infoo)
elif which == "3":
    itertools.count()
elif which == "4":
    prnt("x")
elif which == "5":
    x = p.ycord
