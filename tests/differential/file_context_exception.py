import os

name = "tmp_ctx.txt"
try:
    with open(name, "w") as f:
        f.write("partial")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e, f.closed)
with open(name) as g:
    print(g.read())
with open(name) as a, open(name, "rb") as b:
    print(a.read() == b.read().decode(), a.closed, b.closed)
print(a.closed, b.closed)
def reader():
    with open(name) as h:
        return h.read(3), h
s, h = reader()
print(s, h.closed)
os.remove(name)
