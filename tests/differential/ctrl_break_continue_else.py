def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([5, 6, 7], 6)
find([5, 6, 7], 9)
find([], 1)

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

evens = []
for i in range(10):
    if i % 2:
        continue
    evens.append(i)
print(evens)

for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print("pair", i, j)
    else:
        print("inner else never")

for i in range(3):
    continue
else:
    print("else after continue-only loop, i =", i)

count = 0
for ch in "abcXdef":
    if ch == "X":
        break
    count += 1
else:
    count = -1
print("count", count)

i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while finished")
