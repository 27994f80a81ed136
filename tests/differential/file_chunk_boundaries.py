import os

name = "tmp_chunks.txt"
# A \r\n pair and a multi-byte character straddling the 8192-byte read chunks.
with open(name, "wb") as f:
    f.write(b"a" * 8191 + b"\r\n" + b"b" * 8190 + "é".encode() + b"\n" + b"c\r" * 5000 + b"end")
with open(name) as f:
    lines = f.readlines()
print(len(lines), [len(l) for l in lines[:3]], repr(lines[1][-3:]), repr(lines[-1]))
with open(name) as f:
    data = f.read()
print(len(data), data.count("\n"), data.count("\r"))
with open(name) as f:
    parts = []
    while True:
        p = f.read(1000)
        if not p:
            break
        parts.append(p)
print(len(parts), "".join(parts) == data)
with open(name, newline="") as f:
    raw = f.readlines()
print(len(raw), repr(raw[0][-2:]), sum(len(l) for l in raw))
with open(name, "rb") as f:
    print(len(f.readline()), len(f.readline()), len(f.read()))
os.remove(name)
