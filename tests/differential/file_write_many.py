import os

name = "tmp_many.txt"
with open(name, "w") as f:
    for i in range(20000):
        f.write(f"{i} {i * i}\n")
total = 0
count = 0
with open(name) as f:
    for line in f:
        a, b = line.split()
        total += int(b)
        count += 1
print(count, total, os.path.getsize(name))
with open(name, "rb") as f:
    data = f.read()
print(len(data), data.count(b"\n"))
os.remove(name)
