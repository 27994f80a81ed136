import os
import sys

name = "tmp_print_file.txt"
with open(name, "w") as f:
    print("to file", 1, 2, sep="-", file=f)
    print("second", end="!", file=f)
    print(file=f)
    print("stdout still works")
print("stderr line", file=sys.stderr)
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
