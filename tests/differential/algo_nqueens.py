def solve(n):
    solutions = []
    cols = [0] * n
    used_cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if used_cols[c] or diag1[row + c] or diag2[row - c + n]:
                continue
            cols[row] = c
            used_cols[c] = diag1[row + c] = diag2[row - c + n] = True
            place(row + 1)
            used_cols[c] = diag1[row + c] = diag2[row - c + n] = False
    place(0)
    return solutions

for n in range(1, 9):
    print(n, len(solve(n)))
sols = solve(6)
print(sols)
first = solve(8)[0]
for r in range(8):
    line = ""
    for c in range(8):
        line += "Q " if first[r] == c else ". "
    print(line.rstrip())
