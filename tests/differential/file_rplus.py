import os

name = "tmp_rplus.txt"
with open(name, "w") as f:
    f.write("hello world")
with open(name, "r+") as f:
    print(f.read(5))
    f.seek(6)
    f.write("WORLD")
    f.seek(0)
    print(f.read())
    print(f.mode, f.readable(), f.writable())
with open(name, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print(f.read(), f.mode)
with open(name, "rb+") as f:
    f.write(b"F")
    f.seek(0)
    print(f.read(), f.mode, type(f).__name__)
    f.truncate(3)
    f.seek(0)
    print(f.read())
os.remove(name)
