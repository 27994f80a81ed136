a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 4}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()))
print(a.keys() == {"x", "y", "z"}, a.keys() == ["x", "y", "z"], a.keys() <= {"x", "y", "z", "q"})
print(a.keys().isdisjoint({"q"}), a.keys().isdisjoint(b.keys()))
print(type(a.keys() & b.keys()).__name__)
print(list(a.values()) == [1, 2, 3], a.values() == a.values())
ks = a.keys()
a["new"] = 5
print(len(ks), "new" in ks)
common = []
for k in a:
    if k in b and a[k] == b[k]:
        common.append(k)
print(common)
print(sorted({"k": 1}.items() | {("other", 2)}))
