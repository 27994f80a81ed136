import os

name = "tmp_binary.bin"
data = bytes(range(256))
with open(name, "wb") as f:
    print(f.write(data), f.write(bytearray(b"\x00\xff")), f.tell())
with open(name, "rb") as f:
    b = f.read()
print(len(b), b[:5], b[-4:], b[:256] == data)
with open(name, "rb") as f:
    print(f.read(3), f.read(2), f.tell())
    f.seek(250)
    print(f.read(4))
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(-5, 1)
    print(f.read(2))
    print(f.read(0), f.seek(0), f.read(1))
with open(name, "wb") as f:
    f.write(b"line1\nline2\r\nline3")
with open(name, "rb") as f:
    print(f.readline(), f.readlines())
with open(name, "rb") as f:
    print(list(f))
try:
    with open(name, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
os.remove(name)
