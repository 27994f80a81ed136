nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=len, reverse=True)
print(words)
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted(records))
s = sorted(records, key=lambda r: r[0])
s.sort(key=lambda r: r[1])
print(s)
mixed = [3.5, 1, 2.25, -1, True]
print(sorted(mixed))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
nested = [[2, 1], [1, 2], [1], [2], []]
print(sorted(nested))
r = nums.sort()
print(r)
