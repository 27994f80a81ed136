class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, v):
        print("contains called for", v)
        return v in self.items
    def __iter__(self):
        return iter(self.items)

b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[0:2])
b[1] = 20
del b[0]
print(b.items, len(b))
print(20 in b, 99 in b, 5 not in b)
for x in b:
    print("iter", x)
print(list(b), sorted(b, reverse=True), sum(b))
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
s = Squares()
print(list(s), 9 in s, 10 in s)
for v in s:
    print("legacy iter", v)

class Grid:
    def __getitem__(self, key):
        r, c = key
        return r * 10 + c
g = Grid()
print(g[1, 2], g[3, 4])
