def process(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"unknown direction {other}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["pick", "up"]:
            return "pick up what?"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *args] if len(args) > 2:
            return f"{verb}: too many args ({len(args)})"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "empty"

for c in ["go north", "go up", "pick up sword shield", "pick up", "quit", "exit", "dance a b c", "dance", ""]:
    print(repr(c), "->", process(c))

def guard_side_effects(v):
    calls = []
    def check(tag, result):
        calls.append(tag)
        return result
    match v:
        case int() if check("g1", v > 10):
            r = "big"
        case int() if check("g2", v > 5):
            r = "medium"
        case _ if check("g3", True):
            r = "default"
    return r, calls
for v in [20, 7, 1, "s"]:
    print(guard_side_effects(v))

def binding_leak(v):
    match v:
        case [a, b] if a > b:
            return "desc", a, b
        case [a, b]:
            return "asc", a, b
    return "none"
print(binding_leak([3, 1]), binding_leak([1, 3]), binding_leak([1]))

def partial_binding(v):
    x = "unset"
    match v:
        case (x, 0):
            pass
        case _:
            pass
    return x
print(partial_binding((5, 0)), partial_binding((6, 1)))

def nested_data(d):
    match d:
        case {"users": [{"name": n1}, {"name": n2}, *_]}:
            return f"first two: {n1}, {n2}"
        case {"users": [{"name": only}]}:
            return f"only: {only}"
        case {"users": []}:
            return "no users"
        case _:
            return "bad"
print(nested_data({"users": [{"name": "a"}, {"name": "b", "x": 1}, {}]}))
print(nested_data({"users": [{"name": "solo"}]}))
print(nested_data({"users": []}), nested_data({"users": "str"}), nested_data([]))
def walrus_match(items):
    match items:
        case [first, *_] if (n := len(items)) > 2:
            return first, n
        case _:
            return None
print(walrus_match([1, 2, 3]), walrus_match([1]))
x = 10
match 10:
    case y if y == x:
        print("capture then guard", y)
match (1, 2):
    case (1, z) | (z, 1):
        print("or with same bindings", z)
match (3, 1):
    case (1, z) | (z, 1):
        print("or second alt", z)
