# molt-capabilities: fs.read,fs.write
import os
import sys

base = "tmp_caps_fs_only"
os.makedirs(os.path.join(base, "inner"), exist_ok=True)
with open(os.path.join(base, "inner", "notes.txt"), "w") as f:
    f.write("granted fs.read and fs.write only\n")
with open(os.path.join(base, "inner", "notes.txt")) as f:
    print(f.read(), end="")
print(sorted(os.listdir(base)), os.path.isdir(os.path.join(base, "inner")))
os.remove(os.path.join(base, "inner", "notes.txt"))
os.rmdir(os.path.join(base, "inner"))
os.rmdir(base)
print(len(sys.argv))
