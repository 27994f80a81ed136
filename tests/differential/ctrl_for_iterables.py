for x in [1, 2, 3]:
    print("list", x)
for x in (4, 5):
    print("tuple", x)
for ch in "héllo":
    print("str", ch)
d = {"b": 2, "a": 1, "c": 3}
for k in d:
    print("dict key", k)
for k, v in d.items():
    print("item", k, v)
for v in d.values():
    print("value", v)
for i in range(3, 0, -1):
    print("range", i)
for b in b"AB":
    print("bytes", b)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print("nested", i, a, b)
for x in []:
    print("never")
for s in sorted({3, 1, 2}):
    print("sorted set", s)

class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

for v in Countdown(3):
    print("countdown", v)

class Wrapper:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)

for v in Wrapper(["x", "y"]):
    print("wrapped", v)

total = 0
for x in range(101):
    total += x
print("sum", total, "last x", x)
