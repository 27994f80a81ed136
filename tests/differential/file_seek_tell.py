import os

name = "tmp_seek.txt"
with open(name, "w") as f:
    f.write("0123456789\nabcdef\n")
    print(f.tell())
with open(name) as f:
    print(f.tell(), f.read(4), f.tell())
    print(f.readline(), f.tell())
    print(f.seek(0), f.read(2))
    print(f.seek(0, 2), repr(f.read()))
    f.seek(3)
    print(f.readline(), end="")
    try:
        f.seek(2, 1)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except ValueError as e:
        print("ValueError:", e)
    print(f.seekable(), f.readable(), f.writable())
os.remove(name)
