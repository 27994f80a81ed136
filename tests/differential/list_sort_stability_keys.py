data = [("apple", 3), ("banana", 1), ("cherry", 3), ("date", 2), ("elder", 1), ("fig", 2)]
by_count = sorted(data, key=lambda t: t[1])
print(by_count)
by_count_desc = sorted(data, key=lambda t: t[1], reverse=True)
print(by_count_desc)
two_pass = sorted(data, key=lambda t: t[0], reverse=True)
two_pass.sort(key=lambda t: t[1])
print(two_pass)
nums = [-3, 2, -1, 4, 0, -2, 1]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (abs(n), n)), sorted(nums, key=lambda n: -n))
strs = ["B", "a", "C", "b", "A", "c"]
print(sorted(strs), sorted(strs, key=str.lower), sorted(strs, key=str.upper, reverse=True))
matrix = [[3, 1], [1, 2], [2, 2], [1, 1]]
matrix.sort()
print(matrix)
matrix.sort(key=lambda r: r[1], reverse=True)
print(matrix)
calls = []
def key(x):
    calls.append(x)
    return x % 3
res = sorted([5, 3, 4, 1], key=key)
print(res, calls)
