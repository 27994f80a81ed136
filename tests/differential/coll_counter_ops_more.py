from collections import Counter, ChainMap
inventory = Counter(apple=3, pear=0, kiwi=-2)
print(inventory, +inventory, -inventory, sorted(inventory.elements()))
inventory["apple"] -= 1
inventory["grape"] += 4
print(inventory.most_common(), inventory.total())
a = Counter("aabbbc")
b = Counter("abd")
print(a - b, b - a, a + b, a & b, a | b)
a.subtract(b)
print(a, a["d"])
print(Counter(a=2) <= Counter(a=3), Counter(a=2) < Counter(a=2), Counter(a=1) == Counter(a=1, b=0))
print(Counter({"x": 5}) == {"x": 5}, dict(Counter("zz")))
c = Counter()
for word in "the cat and the hat and the bat".split():
    c[word] += 1
print(c.most_common(2), len(c), c["missing"], "missing" in c)
print(sorted(c), list(c.keys())[:3], sum(c.values()))
c.update({"the": -3})
print(+c)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 4
print(cm.maps[0], cm.get("z", "zz"))
child = cm.new_child({"a": 100})
print(child["a"], child.parents["a"], len(child.maps))
del cm["a"]
print(cm["a"])
try:
    del cm["b"]
except KeyError as e:
    print(type(e).__name__, e)
print(dict(cm), "b" in cm)
