class Status:
    OK = 200
    NOT_FOUND = 404
    class Nested:
        TEAPOT = 418

def describe(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "not found"
        case Status.Nested.TEAPOT:
            return "teapot"
        case 500 | 502 | 503 as server_err:
            return f"server error {server_err}"
        case int(c) if 400 <= c < 500:
            return f"client error {c}"
        case other:
            return f"unknown {other!r}"
for c in [200, 404, 418, 502, 401, 999, "x", 200.0, True]:
    print(c, describe(c))

def tuple_vs_list(v):
    match v:
        case (x, y) if isinstance(v, tuple):
            return f"tuple {x},{y}"
        case [x, y]:
            return f"list {x},{y}"
        case _:
            return "neither"
print(tuple_vs_list((1, 2)), tuple_vs_list([1, 2]), tuple_vs_list("ab"), tuple_vs_list({1: 1, 2: 2}))

def float_int_eq(v):
    match v:
        case 1:
            return "one (==)"
        case 2.0:
            return "two (==)"
        case "1":
            return "string one"
    return "no"
print(float_int_eq(1.0), float_int_eq(True), float_int_eq(2), float_int_eq("1"), float_int_eq(False))

def singletons(v):
    match v:
        case True:
            return "True singleton"
        case False:
            return "False singleton"
        case None:
            return "None"
        case 0:
            return "zero"
        case 1:
            return "one"
    return "other"
print([singletons(v) for v in [True, 1, False, 0, None, 0.0, 1.0]])

def as_patterns(v):
    match v:
        case [int() as a, (str() | bytes()) as b] as whole:
            return a, b, whole
        case {"k": [*_] as lst} as m:
            return lst, len(m)
    return None
print(as_patterns([1, "s"]), as_patterns([2, b"b"]), as_patterns({"k": [1, 2], "j": 0}), as_patterns([1, 2]))

def wildcard_star(v):
    match v:
        case [_, _, *_]:
            return "at least two"
        case [_]:
            return "exactly one"
        case [*_]:
            return "empty seq"
print(wildcard_star([1, 2, 3]), wildcard_star((1,)), wildcard_star([]), wildcard_star("no"))
results = []
for item in [("add", 1, 2), ("neg", 5), ("mul", 2, 3, 4), ("noop",)]:
    match item:
        case ("add", a, b):
            results.append(a + b)
        case ("neg", a):
            results.append(-a)
        case ("mul", *nums):
            p = 1
            for n in nums:
                p *= n
            results.append(p)
        case (op, *_):
            results.append(f"unknown {op}")
print(results)
