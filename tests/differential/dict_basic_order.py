d = {"b": 2, "a": 1}
d["c"] = 3
d["a"] = 100
print(d, len(d))
del d["b"]
d["b"] = 20
print(d, list(d))
print(d["a"], "a" in d, "z" in d, "z" not in d, 100 in d)
e = {}
for w in ["x", "y", "x", "z", "y", "x"]:
    e[w] = e.get(w, 0) + 1
print(e)
f = {1: "int", 1.0: "float", True: "bool"}
print(f)
g = {(1, 2): "t", None: "n", "s": "s", 3.5: "f", -1: "neg"}
print(g)
print(g[None], g[(1, 2)], g[3.5])
print(dict(), {}, {1: {2: {3: {}}}})
try:
    print(d["missing"])
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {}[0]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[""]
except KeyError as e:
    print(type(e).__name__, e)
