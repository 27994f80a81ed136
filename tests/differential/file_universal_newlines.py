import os

name = "tmp_newlines.txt"
with open(name, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rend\r\n\r\rlast")
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    print([repr(l) for l in f])
with open(name, "rb") as f:
    print(f.read())
with open(name) as f:
    print(repr(f.read(6)), repr(f.read(9)), repr(f.read(4)))
os.remove(name)
