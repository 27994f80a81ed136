for i in range(0, -10, -3):
    print(i, end=" ")
print()
print(list(range(10, 0, -1)), list(range(-1, -1)), list(range(3, -3, -2)))
r = range(5, 50, 5)
print(r[0], r[-1], r[3], len(r), r.index(25), r[1:4], r[::-2], r[-3:])
print(list(r[1:4]), list(r[::-2]))
print(range(10)[2:8:2] == range(2, 8, 2), range(0, 3) == range(0, 3, 2))
total = 0
for i in reversed(range(1, 11)):
    total = total * 2 + i
print(total)
print(sum(range(0, 1000, 3)) + sum(range(0, 1000, 5)) - sum(range(0, 1000, 15)))
print(-3 in range(-5, 0), 0 in range(-5, 0), 7 in range(1, 10, 3), 8 in range(1, 10, 3))
print(list(range(2 ** 64, 2 ** 64 + 3)), range(-(10 ** 20), 10 ** 20)[-1])
r2 = range(100)
print(r2.count(50), r2.count(100), bool(range(0)), bool(range(1)))
rev = range(10, 0, -2)
print(list(reversed(rev)), rev.start, rev.stop, rev.step)
