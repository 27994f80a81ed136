MAZE = [
    "S.#.......",
    ".##.####..",
    "....#..#.#",
    "##.##.##..",
    "...#...#.#",
    ".#...#...E",
]

def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return (r, c)
    return None

def bfs(start, goal):
    rows, cols = len(MAZE), len(MAZE[0])
    prev = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and MAZE[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                queue.append((nr, nc))
    if goal not in prev:
        return None, len(prev)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    path.reverse()
    return path, len(prev)

s, e = find("S"), find("E")
print("start", s, "end", e)
path, explored = bfs(s, e)
print("length", len(path) - 1, "explored", explored)
print(path)
grid = []
for row in MAZE:
    grid.append(list(row))
for r, c in path[1:-1]:
    grid[r][c] = "*"
for row in grid:
    print("".join(row))
print(bfs(s, (0, 3))[0] is None or "reachable", bfs(s, (3, 0)))
