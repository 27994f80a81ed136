data = ["a", "b", "a", "c", "a", "b", 1, 1.0, True]
print(data.count("a"), data.count("b"), data.count(1), data.count("z"))
print(data.index("a"), data.index("a", 1), data.index("a", 3), data.index("b", 2, 6))
print(data.index(1), data.index(True))
try:
    data.index("a", 5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    data.index("c", 0, 3)
except ValueError as e:
    print(type(e).__name__, e)
print(data.index("c", -6), data.index("b", -4))
print([[1], [2]].index([2]), [(1, 2), (3, 4)].count((3, 4)))
nan = float("nan")
l2 = [nan]
print(l2.count(nan), nan in l2)
positions = []
start = 0
while True:
    try:
        pos = data.index("a", start)
    except ValueError:
        break
    positions.append(pos)
    start = pos + 1
print(positions)
