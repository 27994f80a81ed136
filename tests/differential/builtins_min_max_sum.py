print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min("b", "a"))
print(max([1, -5, 3], key=abs), min(["aa", "b", "ccc"], key=len), max(["aa", "bb"], key=len))
print(min([], default="empty"), max([], default=None), min([7], default=0))
print(max({"a": 3, "b": 9}, key=lambda k: {"a": 3, "b": 9}[k]))
print(max((1, 2), (1, 3), (0, 9)), min([[2], [1, 5]]))
print(max(1, 2.5), min(-1, -1.0), max(True, 2), max(2, True))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum(range(1, 11)), sum([True, True]), sum([1.5, 2]))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
print(max([3, 1, 3], key=lambda x: -x), max([(1, "a"), (1, "b")], key=lambda p: p[0]))
