d = {"x": 1, "y": 2, "z": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k)
print(v)
print(it)
print(len(k), len(v), len(it), "x" in k, 2 in v, ("y", 2) in it, ("y", 3) in it)
d["w"] = 0
print(k, list(v), list(it)[-1])
del d["x"]
print(list(k), sorted(v))
print(list(reversed(d)), list(reversed(d.values())))
print(sorted(k & {"y", "q"}), sorted(k | {"q"}), sorted(k - {"y"}))
print({}.keys(), {}.values(), {}.items())
for key, val in d.items():
    print(key, val)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(d.keys()) == list(d), type(k).__name__, type(v).__name__, type(it).__name__)
