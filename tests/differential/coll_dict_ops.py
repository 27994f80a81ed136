d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("d", []), d)
print(d.pop("d"), d.pop("missing", "dflt"), d)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["nope"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    d[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
try:
    d.update([("bad",)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)]), dict({1: 2}, x=3))
m = {"a": 1} | {"b": 2} | {"a": 3}
print(m)
keys = d.keys()
d["new"] = 0
print(list(keys), "new" in keys, keys & {"x", "q"}, sorted(keys - {"x"}), len(keys))
print(d.items() & {("x", 1)}, ("x", 1) in d.items(), ("x", 2) in d.items())
try:
    for k in d:
        d["added_" + k] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
dd = {1: "a", 2: "b"}
for k in list(dd):
    del dd[k]
print(dd)
print({1: 1} == {1: 1.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, list({3: 0, 1: 0, 2: 0}))
o = {}
o["x"] = 1; o["y"] = 2; del o["x"]; o["x"] = 3
print(list(o), list(reversed(o)), list(reversed(o.items())))
print(len({}), {}.copy(), {"a": [1]}.copy()["a"] is not None)
print(dict(zip("abc", range(3))), {k: v for k, v in [("p", 1), ("p", 2)]})
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**{1: 1}, **5}
except TypeError as e:
    print(type(e).__name__, e)
print(d.__contains__("x"), "x" in d, 1 in {1.0: "f"}, {True: 1}.get(1))
try:
    {} | []
except TypeError as e:
    print(type(e).__name__, e)
