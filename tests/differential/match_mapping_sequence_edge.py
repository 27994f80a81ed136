from collections import deque
def kind(v):
    match v:
        case (1, 2):
            return "tuple-ish 1,2"
        case [_, _, _]:
            return "three"
        case {"a": _, "b": _}:
            return "a and b"
        case {"a": None}:
            return "a is None"
        case {"a": _}:
            return "has a"
        case _:
            return "other"
for v in [[1, 2], (1, 2), deque([1, 2]), range(1, 3), "ab", b"ab", [0, 0, 0], "abc",
          {"a": 1, "b": 2, "c": 3}, {"a": None}, {"a": 0}, {"b": 1}, memoryview(b"xyz") if False else (9, 9, 9)]:
    print(repr(v), kind(v))

def star_positions(v):
    match v:
        case [*head, "end"]:
            return f"ends; head={head}"
        case ["start", *mid, last]:
            return f"start..{last}; mid={mid}"
        case [a, *_, z] if a == z:
            return "same ends"
        case _:
            return "none"
for v in [["end"], ["x", "y", "end"], ["start", "z"], ["start", 1, 2, 3], [5, 1, 5], [5, 1, 6], []]:
    print(v, star_positions(v))

def key_kinds(m):
    match m:
        case {1: "one"}:
            return "int key"
        case {None: n}:
            return f"none key {n}"
        case {-1: v}:
            return f"neg key {v}"
        case {"x": {"y": [z, *_]}}:
            return f"deep {z}"
    return "nomatch"
print(key_kinds({1: "one"}), key_kinds({None: 3}), key_kinds({-1: "m"}), key_kinds({"x": {"y": [7, 8]}}), key_kinds({"x": {"y": []}}))
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)
match (1, 2, 3):
    case [1, *rest]:
        print("tuple matched list pattern", rest, type(rest).__name__)
