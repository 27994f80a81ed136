def get_name(user):
    if user is None:
        return "guest"
    name = user.get("name")
    return name if name is not None else "unnamed"

print(get_name(None), get_name({}), get_name({"name": ""}), get_name({"name": "ann"}))
results = [None, 0, "", False, [], "x"]
for r in results:
    print(repr(r), r is None, r == None, not r)
def find(xs, pred):
    for x in xs:
        if pred(x):
            return x
print(find([1, 2, 3], lambda v: v > 1), find([1, 2, 3], lambda v: v > 5))
lst = [3, None, 1]
print(lst.count(None), None in lst, lst.index(None))
d = {"a": None}
print(d.get("a"), d.get("b"), "a" in d, d.get("a", "default"), d.get("b", "default"))
print(print("inner print returns") is None)
print(type(None)() is None)
print([None] * 3, (None, None))
x = None
x = x or []
x.append(1)
print(x)
print([].sort() is None, {}.update({}) is None, [1].append(2) is None)
