def step(grid):
    rows, cols = len(grid), len(grid[0])
    new = []
    for r in range(rows):
        row = []
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr == 0 and dc == 0:
                        continue
                    rr, cc = (r + dr) % rows, (c + dc) % cols
                    n += grid[rr][cc]
            alive = grid[r][c] == 1
            row.append(1 if (alive and n in (2, 3)) or (not alive and n == 3) else 0)
        new.append(row)
    return new

def show(grid):
    for row in grid:
        line = ""
        for v in row:
            line += "#" if v else "."
        print(line)

def parse(lines):
    g = []
    for line in lines:
        row = []
        for ch in line:
            row.append(1 if ch == "#" else 0)
        g.append(row)
    return g

glider = parse([".#......", "..#.....", "###.....", "........", "........", "........"])
g = glider
for gen in range(4):
    print("gen", gen)
    show(g)
    g = step(g)
pop = []
g = glider
for _ in range(24):
    total = 0
    for row in g:
        total += sum(row)
    pop.append(total)
    g = step(g)
print(pop)
blinker = parse([".....", "..#..", "..#..", "..#..", "....."])
print(step(step(blinker)) == blinker, step(blinker) == blinker)
