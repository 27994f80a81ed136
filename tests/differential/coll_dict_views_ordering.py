d = {"c": 3, "a": 1, "b": 2}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
d["d"] = 4
del d["a"]
print(list(ks), list(vs), list(its), len(ks))
print(ks == {"c", "b", "d"}, ks | {"z"} == {"b", "c", "d", "z"}, sorted(ks ^ {"c", "q"}), ks - {"c"} == {"b", "d"})
print(its == {("c", 3), ("b", 2), ("d", 4)}, ("b", 2) in its, vs == vs, 4 in vs)
print(list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
print(isinstance(ks, type({}.keys())), type(ks).__name__, type(vs).__name__, type(its).__name__)
try:
    ks[0]
except TypeError as e:
    print(type(e).__name__, e)
d2 = {}
d2[3] = "x"; d2[1] = "y"; d2[2] = "z"
d2[3] = "updated"
print(d2, list(d2))
d2.pop(3)
d2[3] = "re-added"
print(d2)
print(dict(sorted(d2.items())), dict(sorted(d2.items(), key=lambda kv: kv[1])))
print(max(d2), min(d2.values()), sorted(d2, reverse=True), sum(d2))
print({k: v for k, v in reversed(d2.items())})
e = dict.fromkeys(range(5))
for k in list(e):
    if k % 2 == 0:
        e.pop(k)
e[0] = "back"
print(e)
print({1: "a"}.keys() & {1: "b"}.keys(), {1: "a"}.items() & {1: "a"}.items(), {}.keys() == set())
print(str({"k": {"n": [1, {"deep": None}]}}), repr({(1, 2): frozenset()}), {None: None, True: False})
print(ks.isdisjoint(["x"]), ks.isdisjoint(["b"]), its.isdisjoint([("b", 2)]))
