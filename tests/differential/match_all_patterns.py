class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    def __init__(self, c, r):
        self.center, self.r = c, r

RED = "red"
class Colors:
    GREEN = "green"

def classify(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case "":
            return "empty str"
        case str() as s if s.startswith("x"):
            return f"x-string {s}"
        case Colors.GREEN:
            return "value pattern green"
        case str(s):
            return f"string {s}"
        case []:
            return "empty list"
        case [x]:
            return f"one elem {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [x, y, *_] if x == y:
            return f"pair-start {x}"
        case (a, b):
            return f"two-seq {a},{b}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": _}:
            return "typed mapping"
        case {}:
            return "any mapping"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "some point"
        case Circle(center=Point(x=cx), r=r):
            return f"circle at x={cx} r={r}"
        case _:
            return f"other {type(v).__name__}"

tests = [None, True, False, 0, 0.0, -1, 500, 7, 2.5, "", "xyz", "green", "red", [], [9], [1, 2, 3], [4, 4, 5], (5, 6), [5, 6, 7],
         {"type": "user", "name": "ann", "age": 3, "x": 1}, {"type": "user", "name": 5}, {"k": 1}, {}, Point(0, 0), Point(0, 5),
         Point(3, 3), Point(1, 2), Circle(Point(7, 8), 2), {1, 2}, b"bytes", "s"]
for t in tests:
    print(repr(t) if not isinstance(t, (Point, Circle)) else type(t).__name__, "->", classify(t))

def literal_kinds(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case b"raw":
            return "bytes literal"
        case -2.5:
            return "neg float"
        case (1 | 2) as grp:
            return "unreachable"
        case [("x" | "y") as axis, int(val)]:
            return f"axis {axis}={val}"
        case _:
            return "nope"
for v in [2, "b", b"raw", -2.5, ["y", 3], ["z", 3], "c"]:
    print(v, literal_kinds(v))

def seq_vs_str(v):
    match v:
        case [*chars]:
            return f"seq {chars}"
        case str():
            return "str is not a sequence pattern"
print(seq_vs_str("abc"), seq_vs_str(("a",)), seq_vs_str(range(2)))
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match Point(1, 2):
    case Point(x, y=2):
        print("mixed positional/keyword", x)
