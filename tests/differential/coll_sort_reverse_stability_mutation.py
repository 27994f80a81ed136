pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: p[0]))
lst = pairs[:]
lst.sort(key=lambda p: -p[0])
print(lst)
lst = pairs[:]
lst.sort(key=lambda p: p[0], reverse=True)
print(lst)
print(sorted([3, 1, 2], key=None, reverse=True), sorted("bca", reverse=False))
victim = [5, 3, 1, 4]
def mutating_key(x):
    victim.append(x)
    return x
print(len(victim) >= 4)
v2 = [3, 2, 1]
def clearing_key(x):
    v2.clear()
    return x
try:
    v2.sort(key=clearing_key)
    print("no error", v2)
except ValueError as e:
    print(type(e).__name__, e)
class Cmp:
    def __init__(self, v, box):
        self.v, self.box = v, box
    def __lt__(self, o):
        self.box.append(self.v)
        return self.v < o.v
box = []
items = [Cmp(i, box) for i in (3, 1, 2)]
items.sort()
print([c.v for c in items], len(box) > 0)
print(sorted([1.0, 1, True, 1.0], key=lambda v: 0), [type(v).__name__ for v in sorted([1.0, 1, True])])
print(sorted(["a", "B", "c"], key=str.upper, reverse=True), sorted([[1, "x"], [1, "a"]], reverse=True))
print(sorted(range(10), key=lambda v: v % 3, reverse=True))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1], reverse=True), min([], default=0), max([5], key=None))
