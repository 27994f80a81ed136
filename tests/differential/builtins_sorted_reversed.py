print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted("Hello World"), sorted("Hello World", key=str.lower))
print(sorted({3: "c", 1: "a"}), sorted({3: "c", 1: "a"}.items()))
print(sorted([], reverse=True), sorted([[3], [1, 2], [1]]))
print(sorted([-5, 3, -1, 2], key=abs), sorted([(1, "b"), (1, "a"), (0, "z")]))
stable = sorted([("x", 2), ("y", 1), ("z", 2), ("w", 1)], key=lambda p: p[1], reverse=True)
print(stable)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
r = reversed([1, 2, 3])
print(next(r), list(r))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()))
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(type(e).__name__, e)
