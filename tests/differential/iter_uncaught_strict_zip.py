names = ["ann", "bob", "cid"]
scores = [90, 85, 77]
for n, s in zip(names, scores, strict=True):
    print(f"{n}: {s}")
ages = [30, 40]
print(list(zip(names, ages)))
try:
    for row in zip(names, ages, strict=True):
        print("row", row)
except ValueError as e:
    print("caught", e)
extra = [1, 2, 3, 4]
for row in zip(names, extra, strict=True):
    print("row", row)
