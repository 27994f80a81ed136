lines = ["12", "7", "  3 ", "forty"]
total = 0
for line in lines:
    n = int(line)
    total += n
    print("running total", total)
print("final", total)
