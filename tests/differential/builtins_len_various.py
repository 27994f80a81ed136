print(len(""), len("abc"), len("中文"), len([1, [2, 3]]), len(()), len((1,)), len({}), len({"a": 1}))
print(len(set()), len({1, 2, 2}), len(range(0, 100, 7)), len(b"\x00\x01"), len(frozenset("aab")))
print(len(dict.fromkeys(range(5))), len("a\nb"), len([None] * 7))
class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Box(4)), len(Box(0)), bool(Box(0)), bool(Box(2)))
for bad in [5, 2.5, None, iter([1])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len(Box(-1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(Box("3"))
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
print(len(d.keys()), len(d.values()), len(d.items()))
