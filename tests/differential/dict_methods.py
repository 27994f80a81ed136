d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "dflt"))
print(d.setdefault("a", 99), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("d"), d.pop("zz", "none"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({"b": 20, "e": 5})
print(d)
d.update([("f", 6), ("a", 10)])
print(d)
d.update(g=7, h=8)
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
c.clear()
print(c, len(c))
try:
    c.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
