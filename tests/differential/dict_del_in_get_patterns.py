inv = {"apples": 3, "pears": 0, "plums": 7}
print("apples" in inv, "kiwis" in inv, 3 in inv, 3 in inv.values())
del inv["pears"]
print(inv, len(inv))
inv["kiwis"] = inv.get("kiwis", 0) + 5
inv["plums"] -= 2
print(inv)
for key in ["apples", "bananas"]:
    if key in inv:
        print(key, "->", inv[key])
    else:
        print(key, "missing")
print(inv.pop("apples"), inv)
print(inv.setdefault("figs", []), inv)
inv["figs"].append("fresh")
print(inv["figs"])
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
d = dict(a=1)
d[1] = "int key"
d[1.0] = "float overwrites int key"
d[(1, 2)] = "tuple"
print(d, len(d))
print(list(d.items())[1])
