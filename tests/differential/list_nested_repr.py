nested = [1, [2, [3, [4, []]]], "s", ("t", 1.5), {"k": [None, True]}]
print(nested)
print(repr(nested) == str(nested))
print(nested[1][1][1], nested[4]["k"][1], nested[3][0])
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    print(row, sum(row))
print([[]], [[], []], [[[]]], [""], ["'"], ['"'], ["a\nb"])
copy = matrix.copy()
copy[0].append(99)
copy.append([7])
print(matrix, copy)
deep = []
for row in matrix:
    deep.append(row[:])
deep[1][0] = -4
print(matrix[1], deep[1])
print(len(nested), len(nested[1]), len(nested[1][1]))
print([1.0, -0.0, 1e20, float("inf")])
print([1, 2, 3][-1:], [[1, 2], [3, 4]][::-1])
