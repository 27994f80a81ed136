import os

name = "tmp_iter.txt"
with open(name, "w") as f:
    f.writelines(["alpha\n", "beta\n", "gamma\n", "\n", "delta"])
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(name) as f:
    print(next(f), end="")
    print(next(f), end="")
    print(f.readline(), end="")
    rest = list(f)
    print(rest)
    print(list(f))
with open(name) as f:
    print(sum(1 for _ in f), max(open(name), key=len).strip())
with open(name) as f:
    it = iter(f)
    print(it is f)
os.remove(name)
