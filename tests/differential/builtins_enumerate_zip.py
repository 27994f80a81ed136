letters = ["a", "b", "c"]
print(list(enumerate(letters)))
print(list(enumerate(letters, 1)), list(enumerate(letters, start=-2)))
for i, ch in enumerate("xyz", 10):
    print(i, ch)
print(list(zip([1, 2, 3], "ab")))
print(list(zip([1, 2], [3, 4], [5, 6])))
print(list(zip()), list(zip([1, 2])), list(zip([], [1])))
names = ["ann", "bob"]
ages = [30, 40, 50]
for n, a in zip(names, ages):
    print(n, a)
print(dict(zip(names, ages)))
e = enumerate("ab")
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("enumerate exhausted")
z = zip("ab", "cd")
print(next(z), list(z), list(z))
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as ex:
    print(type(ex).__name__, ex)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
print(list(enumerate(zip("ab", [1, 2]))))
