print(dict(a=1, b=2))
print(dict([("x", 1), ("y", 2), ("x", 3)]))
print(dict({"k": "v"}, extra=True))
print(dict(zip("abc", range(3))))
print(dict([["l", 1], ("t", 2), "pq"]))
kw = {"p": 1}
print(dict(**kw, q=2))
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
print({**a, **b}, {**b, "w": 0, **a})
a |= b
print(a)
a |= [("n", 9)]
print(a)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    {"a": 1} | [("b", 2)]
except TypeError as e:
    print(type(e).__name__, e)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: "a"} != {1: "b"})
try:
    {1: 1} < {2: 2}
except TypeError as e:
    print(type(e).__name__, e)
print(dict(sorted({"c": 3, "a": 1, "b": 2}.items())))
