import collections

groups = collections.defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups), "q" in groups)
counts = collections.defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()), counts.default_factory)
nested = collections.defaultdict(lambda: collections.defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
plain = collections.defaultdict()
print(plain, plain.default_factory)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
dd = collections.defaultdict(set, {"a": {1}}, b={2})
dd["c"].add(3)
print(dd, dd.get("zz"), "zz" in dd)
cp = dd.copy()
cp["d"]
print(type(cp).__name__, cp.default_factory is set, len(cp), len(dd))
dd.default_factory = list
dd["e"].append(5)
print(dd["e"], dd.__missing__("f"), "f" in dd)
print(collections.defaultdict(list) | {"k": 1}, {"k": 2} | collections.defaultdict(int, {"j": 0}))
u = collections.defaultdict(str)
u |= {"a": "b"}
print(u, isinstance(u, dict), type(u), u == {"a": "b"})
print(collections.defaultdict(int, [("x", 1), ("y", 2)]))


class Tally(collections.defaultdict):
    def __init__(self):
        super().__init__(int)

    def top(self):
        return max(self, key=self.get)


t = Tally()
for v in [3, 1, 3, 2, 3, 1]:
    t[v] += 1
print(t, t.top(), type(t).__name__)
try:
    collections.defaultdict(42)
except TypeError as e:
    print("TypeError", e)
grid = collections.defaultdict(lambda: ".")
grid[(0, 0)] = "#"
print("".join(grid[(0, x)] for x in range(3)), len(grid))
