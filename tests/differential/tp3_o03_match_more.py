from collections.abc import Mapping
class Cfg(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
def kind(x):
    match x:
        case {"op": "add", "args": [a, b]}:
            return f"add {a}+{b}={a + b}"
        case {"op": op, **rest} if rest:
            return f"op {op} with {sorted(rest)}"
        case {"op": op}:
            return f"bare op {op}"
        case str() | bytes():
            return "stringish"
        case [int() | float() as n, *_] if n > 100:
            return f"big head {n}"
        case (1, 2) | [3, 4]:
            return "pair literal"
        case [[a, b], [c, d]]:
            return f"2x2 det {a * d - b * c}"
        case bool(v):
            return f"bool {v}"
        case int(v) | float(v):
            return f"num {v}"
        case {**kw}:
            return f"mapping {len(kw)}"
        case _:
            return "?"
for v in [{"op": "add", "args": [1, 2]}, {"op": "mul", "x": 1}, {"op": "neg"}, Cfg({"op": "cfg"}), Cfg({}), "s", b"b",
          [500, 1], (1, 2), [3, 4], [1, 2, 3], [[1, 2], [3, 4]], True, 7, 2.5, {}, None, (x for x in [])]:
    print(type(v).__name__, "->", kind(v))
def classify(point):
    match point:
        case (0, 0): return "origin"
        case (0, y) | (y, 0) if False: return "never"
        case (x, 0): return f"x-axis {x}"
        case (0, y): return f"y-axis {y}"
        case (x, y) if x == -y: return "anti"
        case (x, y, *z): return f"{x},{y} +{len(z)}"
print([classify(p) for p in [(0, 0), (3, 0), (0, -2), (2, -2), (1, 2, 3, 4), (5, 6)]])
match "hello world".split():
    case [first, *rest]:
        print(first, rest)
match 42:
    case x if x > 100: print("big")
    case x: print("captured", x)
print(x)
import math
match {"shape": "circle", "r": 2}:
    case {"shape": "circle", "r": r}:
        print(f"area {math.pi * r ** 2:.3f}")
