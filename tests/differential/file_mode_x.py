import os

name = "tmp_mode_x.txt"
with open(name, "x") as f:
    f.write("new")
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e)
with open(name, "xb" if not os.path.exists(name) else "rb") as f:
    print(f.read(), f.mode)
os.remove(name)
with open(name, "xb") as f:
    print(f.mode, f.write(b"bytes"))
with open(name, "rb") as f:
    print(f.read())
os.remove(name)
