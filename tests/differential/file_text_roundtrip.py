import os

name = "tmp_text_roundtrip.txt"
with open(name, "w") as f:
    print(f.write("first line\n"), f.write("second\n"), f.write(""))
    f.write("third without newline")
with open(name) as f:
    data = f.read()
print(repr(data), len(data))
with open(name, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name, encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])
os.remove(name)
