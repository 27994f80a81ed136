# Growth points: the table grows at 3/5 full to more than 4 times the element count.
s = set()
for i in range(200):
    s.add((i * 7919) % 1000)
    if i in (4, 5, 18, 19, 20, 76, 77, 150):
        print(i, s)
big = set()
for i in range(60000):
    big.add(i * 31)
print(len(big), list(big)[:20], list(big)[-20:])
