class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(v):
    match v:
        case 0:
            return "zero"
        case None:
            return "none"
        case True:
            return "true"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case (a, b, *_, z):
            return f"long seq {a} {b} .. {z}"
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case {"kind": k, **others}:
            return f"kind {k} others {sorted(others.items())}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case _:
            return "other"

for v in [0, None, True, -5, 7, 2.5, "hi", "text", [], [9], [1, 2, 3], (4, 5, 6, 7),
          {"kind": "circle", "r": 2}, {"kind": "sq", "side": 3, "c": 1},
          Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), {1, 2}, "hello", [5, 6]]:
    print(describe(v))

def bad():
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
try:
    bad()
except TypeError as e:
    print("TypeError", e)
match (1, 2):
    case (x, y):
        print("bound", x, y)
match {"a": 1}:
    case {"b": _}:
        print("no")
    case {"a": val}:
        print("a is", val)
