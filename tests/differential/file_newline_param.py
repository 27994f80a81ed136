import os

name = "tmp_newline_param.txt"
with open(name, "wb") as f:
    f.write(b"a\nb\r\nc\rd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(name, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(name, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in ["\r\n", "\r", "\n", ""]:
    with open(name, "w", newline=nl) as f:
        f.write("x\ny\n")
    with open(name, "rb") as f:
        print(repr(nl), f.read())
try:
    open(name, newline="x")
except ValueError as e:
    print("ValueError:", e)
os.remove(name)
