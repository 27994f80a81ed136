total = 0
for i in range(3):
    if i == 1:
        continue
    total += i
