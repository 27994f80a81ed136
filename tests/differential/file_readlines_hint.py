import os

name = "tmp_hint.txt"
with open(name, "w") as f:
    f.write("".join(f"line{i}\n" for i in range(10)))
with open(name) as f:
    print(f.readlines(12))
    print(f.readline(3), f.readline(100), end="")
    print(f.readlines(0))
with open(name, "rb") as f:
    print(f.readlines(5), f.readline(2))
os.remove(name)
