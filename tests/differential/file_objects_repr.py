import os

name = "tmp_repr.txt"
f = open(name, "w")
print(f)
print(type(f), type(f).__name__, f.name, f.mode, f.encoding, f.errors)
f.close()
for mode in ["r", "rb", "wb", "ab", "r+b", "w+b", "a+", "rt", "w+"]:
    g = open(name, mode)
    print(mode, "->", repr(g), g.mode)
    g.close()
g = open(name, encoding="utf-8")
print(g)
g.close()
os.remove(name)
