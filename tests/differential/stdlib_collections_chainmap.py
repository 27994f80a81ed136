import collections

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 3}
cm = collections.ChainMap(cli, env, defaults)
print(cm, cm["color"], cm["user"], cm["size"], len(cm), list(cm), sorted(cm.items()))
print("user" in cm, "nope" in cm, cm.get("nope"), cm.get("nope", 0), cm.get("color"), bool(cm))
cm["color"] = "blue"
print(cli, cm["color"], defaults["color"])
del cm["color"]
print(cm["color"], cm.maps[0], len(cm.maps))
child = cm.new_child()
child["size"] = 99
print(child["size"], cm["size"], child.parents["size"], type(child).__name__)
child2 = cm.new_child({"x": 1})
print(child2.maps[0], child2["x"], cm.new_child(m=None, y=2).maps[0])
print(dict(cm), cm == {"size": 3, "user": "admin", "color": "red"}, cm != {})
print(collections.ChainMap(), collections.ChainMap({}, {}).maps, bool(collections.ChainMap({}, {})))
print(cm | {"extra": 1}, {"extra": 1} | collections.ChainMap({"a": 1}, {"b": 2}))
cp = cm.copy()
cp["user"] = "root"
print(cp["user"], cm["user"], cp.maps[1] is cm.maps[1])
print(cm.pop("size"), cm["size"], cm.setdefault("new", 5), cm.maps[0])
cm.update(a=1)
print(cm.maps[0], sorted(cm.keys()), sorted(cm.values(), key=str))
try:
    cm["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del cm["color"]
except KeyError as e:
    print("KeyError", e)
try:
    collections.ChainMap({}).popitem()
except KeyError as e:
    print("KeyError", e)
try:
    collections.ChainMap({}).pop("k")
except KeyError as e:
    print("KeyError", e)
