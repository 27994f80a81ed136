a = [1, 2, 3]
b = [1, 2, 4]
print(a + b, a * 2, 2 * a, [0] * 3, [] * 5, a * 0, a * -1)
print(a < b, a == [1, 2, 3], a != b, [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [[1]] < [[2]])
print(3 in a, 4 not in a, [2] in [[2], 3])
a += [4]
print(a)
a *= 2
print(a)
print(len(a), max(a), min(a), sum(a))
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = []
for _ in range(2):
    grid2.append([0] * 3)
grid2[0][0] = 1
print(grid2)
alias = a
alias.append(99)
print(a[-1], alias is a, a[:] is a, a[:] == a)
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"k": 1}))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2][-3] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    one = [1]
    one["0"]
except TypeError as e:
    print(type(e).__name__, e)
l = [1, 2]
l += "cd"
print(l)
