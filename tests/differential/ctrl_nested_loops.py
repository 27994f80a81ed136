for i in range(1, 5):
    row = ""
    for j in range(1, 5):
        row += str(i * j).rjust(4)
    print(row)

for i in range(5):
    print(" " * (4 - i) + "*" * (2 * i + 1))

found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = []
for c in range(3):
    col = []
    for r in range(3):
        col.append(matrix[r][c])
    transposed.append(col)
print(transposed)

diag = 0
for i in range(len(matrix)):
    diag += matrix[i][i]
print("diag", diag)

count = 0
i = 0
while i < 4:
    for j in range(i):
        count += j
    i += 1
print("count", count)
