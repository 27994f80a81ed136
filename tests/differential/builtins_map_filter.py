print(list(map(abs, [-1, 2, -3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3, 4], [5, 2])))
print(list(map(str.upper, ["a", "bc"])))
print(list(map(int, "1 2 3".split())), list(map(len, ["", "ab", "xyz"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(filter(lambda x: x > 2, range(6))))
print(list(filter(str.isdigit, ["1", "a", "22", "3b"])))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(None, "a b")
print(list(f))
def is_even(n):
    return n % 2 == 0
print(list(map(is_even, range(4))), list(filter(is_even, range(10))))
print(sum(map(int, "12345")), max(map(len, ["aa", "b", "cccc"])))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)
