import collections

c = collections.Counter("abracadabra")
print(c, c["a"], c["z"], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(collections.Counter(a=2, b=0, c=-1).elements()))
c.update("aaz")
c.update({"b": 10})
c.update(q=3)
print(c)
c.subtract("aaaa")
c.subtract({"q": 5})
c.subtract(r=1)
print(c)
del c["not-there"]
del c["q"]
print(c, "q" in c)
x = collections.Counter(a=3, b=1, c=0)
y = collections.Counter(a=1, b=2, d=4)
print(x + y, x - y, x | y, x & y)
print(+collections.Counter(a=1, b=0, c=-2), -collections.Counter(a=1, b=0, c=-2))
print(x == collections.Counter(a=3, b=1), x == {"a": 3, "b": 1, "c": 0}, x != y)
print(collections.Counter(a=1) <= collections.Counter(a=2), collections.Counter(a=1) < collections.Counter(a=1))
print(collections.Counter(a=2, b=1) >= collections.Counter(a=1), collections.Counter(a=2) > collections.Counter(a=2))
z = collections.Counter(a=1, b=5)
z += collections.Counter(a=1, c=-3)
print(z)
z -= {"b": 10}
print(z)
z |= collections.Counter(a=7, n=1)
z &= collections.Counter(a=4, n=3, m=1)
print(z)
print(collections.Counter(), collections.Counter([1, 1, 2, 3, 3, 3]), collections.Counter({"x": "b", "y": "a"}))
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = collections.Counter(words)
print(wc.most_common(3), wc["the"], sum(wc.values()), sorted(wc)[:3])
print(collections.Counter("aab") | {"a": 5}, type(collections.Counter("a").copy()).__name__, collections.Counter.__name__)
print(type(c), type(c.elements()).__name__, isinstance(c, dict), collections.Counter.__module__)


class Inventory(collections.Counter):
    def low(self, n):
        return sorted(k for k, v in self.items() if v < n)


inv = Inventory(apples=5, pears=1, plums=2)
inv["pears"] += 4
print(inv, inv.low(3), type(inv + inv).__name__, type(inv.copy()).__name__)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: collections.Counter.fromkeys("ab"))
show(lambda: collections.Counter("a") + 1)
show(lambda: collections.Counter(a=2) - {"a": 1})
show(lambda: collections.Counter(1))
show(lambda: collections.Counter("ab", "c"))
show(lambda: hash(collections.Counter()))
