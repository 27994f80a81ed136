data = [5, 2, 9, 1]
r = data.sort()
print(r, data)
data.sort(reverse=True)
print(data)
try:
    data.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
mixed = [3, "a", 1]
try:
    mixed.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(mixed)
try:
    sorted([{1}, {2}, {1, 2}])
    print("sets sorted by subset order")
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([{1, 2}, {1}], key=len))
words = ["Delta", "alpha", "Charlie", "bravo"]
words.sort(key=str.casefold)
print(words)
words.sort(key=lambda w: w[-1])
print(words)
lst = [(1, "b"), (0, "c"), (1, "a")]
lst.sort(key=lambda t: t[0])
print(lst)
def bad_key(x):
    if x == 3:
        raise RuntimeError("key failed on 3")
    return x
try:
    sorted([1, 2, 3, 4], key=bad_key)
except RuntimeError as e:
    print(type(e).__name__, e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == o.v == 99:
            raise ValueError("cannot compare 99s")
        return self.v < o.v
    def __repr__(self):
        return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]))
try:
    sorted([Cmp(99), Cmp(99)])
except ValueError as e:
    print(type(e).__name__, e)
nums = list(range(20))
nums.sort(key=lambda n: n % 5)
print(nums)
print(sorted("The Quick brown Fox".split(), key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted([[3, 1], [2], [3, 0], []]), sorted([(None,)] * 2, key=lambda t: 0))
b = [3, 1, 2]
c = sorted(b)
print(b, c, b is c)
big = [(i * 37) % 101 for i in range(50)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5])
