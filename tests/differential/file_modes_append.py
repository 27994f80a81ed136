import os

name = "tmp_append.txt"
with open(name, "a") as f:
    f.write("one\n")
with open(name, "a") as f:
    f.write("two\n")
    print(f.tell())
with open(name) as f:
    print(f.read().splitlines())
with open(name, "w") as f:
    f.write("reset\n")
with open(name) as f:
    print(f.read())
with open(name, "a+") as f:
    f.write("more\n")
    f.seek(0)
    print(repr(f.read()))
os.remove(name)
