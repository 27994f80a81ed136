a = {"x": [1, 2], "y": {"z": (3, 4)}}
b = {"y": {"z": (3, 4)}, "x": [1, 2]}
print(a == b, a is b, a["y"] == b["y"])
b["x"].append(3)
print(a == b)
c = {1: 1.0, 2: 2}
print(c == {1.0: 1, 2: 2.0}, c == {1: 1})
print({} == {}, {} == [], {"a": None} == {"b": None})
print(len({"a": 1, "a": 2}), {"a": 1, "a": 2})
tree = {"root": {"left": {"val": 1}, "right": {"val": 2, "kids": [{"val": 3}]}}}
print(tree["root"]["right"]["kids"][0]["val"])
tree["root"]["left"]["val"] += 10
print(tree)
d = {}
d["k"] = d.get("k", []) + [1]
d["k"] = d.get("k", []) + [2]
print(d)
m = {}
for i in range(3):
    m[i] = {}
    for j in range(3):
        m[i][j] = i * j
print(m[2], m[1][2])
print(list({"b": 1, "a": 2}) == ["b", "a"])
