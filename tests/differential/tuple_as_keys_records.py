grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (3, 3) in grid)
neighbors = []
for dr, dc in [(-1, 0), (1, 0), (0, -1), (0, 1)]:
    key = (1 + dr, 1 + dc)
    neighbors.append(grid[key])
print(sorted(neighbors))
people = [("Smith", "John", 42), ("Doe", "Jane", 35), ("Smith", "Anna", 35), ("Brown", "Bob", 50)]
print(sorted(people))
print(sorted(people, key=lambda p: (p[2], p[0])))
by_age = {}
for last, first, age in people:
    by_age.setdefault(age, []).append((first, last))
print(by_age)
point = (3, 4)
x, y = point
print(x * x + y * y, point == (3, 4), point < (3, 5), point[::-1])
records = [("b", 2), ("a", 2), ("c", 1)]
print(max(records), min(records), max(records, key=lambda t: t[1]))
print(tuple(sorted((3, 1, 2))), len({(1, 2), (2, 1), (1, 2)}))
