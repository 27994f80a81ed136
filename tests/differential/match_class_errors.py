class NoArgs:
    def __init__(self, v):
        self.v = v

class TooMany:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1

def try_match(obj, which):
    try:
        match obj:
            case NoArgs(v) if which == 0:
                return f"positional {v}"
            case TooMany(p, q) if which == 1:
                return "two"
            case NoArgs(v=1, v2=2) if which == 2:
                return "kw"
            case _:
                return "fallthrough"
    except TypeError as e:
        return f"{type(e).__name__}: {e}"

print(try_match(NoArgs(1), 0))
print(try_match(TooMany(), 1))
print(try_match(NoArgs(1), 2))

for v in [5, 5.0, True, "5", [5], (5,), {5: 5}]:
    match v:
        case bool(b):
            print(repr(v), "bool", b)
        case int(i):
            print(repr(v), "int", i)
        case float(f):
            print(repr(v), "float", f)
        case str(s):
            print(repr(v), "str", s)
        case list((x,)):
            print(repr(v), "list of", x)
        case tuple([x]):
            print(repr(v), "tuple of", x)
        case dict():
            print(repr(v), "dict")

class WithMatchArgsProp:
    __match_args__ = ("x", "missing")
    x = 1
match WithMatchArgsProp():
    case WithMatchArgsProp(x):
        print("first only", x)
match WithMatchArgsProp():
    case WithMatchArgsProp(x, m):
        print("never", m)
    case _:
        print("missing attr -> no match")


def not_a_class():
    x = 5
    try:
        match 3:
            case x.real:
                print("value pattern with attr", x.real)
            case _:
                print("no")
    except Exception as e:
        print(type(e).__name__, e)
not_a_class()

from collections import OrderedDict, defaultdict
for m in [OrderedDict(a=1), defaultdict(int, a=1)]:
    match m:
        case {"a": 1}:
            print(type(m).__name__, "matches mapping")
        case {"missing": _}:
            print("no")

dd = defaultdict(list)
match dd:
    case {"k": _}:
        print("should not create key")
    case _:
        print("no match; keys:", list(dd))

class Sub(NoArgs):
    __match_args__ = ("v",)
match Sub(9):
    case NoArgs(v=val):
        print("subclass matched base", val)
match Sub(9):
    case Sub(val):
        print("Sub positional", val)
