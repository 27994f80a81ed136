r = range(10)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], list(r[::3]))
print(range(1, 10, 2), list(range(1, 10, 2)), len(range(1, 10, 2)))
print(list(range(10, 0, -3)), len(range(10, 0, -3)), range(10, 0, -3)[1])
print(list(range(0)), list(range(5, 5)), list(range(5, 0)), len(range(5, 0)))
print(list(range(-5, -10, -1)), list(range(-3, 3)))
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in range(5))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(range(0, 20, 5).index(15), range(0, 20, 5).count(10))
print(range(3) == range(0, 3, 1), range(0) == range(5, 2), range(1, 2) == range(1, 3))
big = range(0, 10 ** 18, 7)
print(len(big), big[-1], 10 ** 17 in big)
print(sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(10).index(11)
except ValueError as e:
    print(type(e).__name__, e)
print(range(2, 12, 3).start, range(2, 12, 3).stop, range(2, 12, 3).step)
print(repr(range(1, 5, 1)), str(range(-1, -5, -2)))
