import io
import os

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
name = "tmp_io_module.txt"
with io.open(name, "w") as f:
    print(isinstance(f, io.TextIOWrapper))
    f.write("via io.open")
with open(name, "rb") as f:
    print(isinstance(f, io.BufferedReader), f.read())
with open(name, "ab") as f:
    print(isinstance(f, io.BufferedWriter))
with open(name, "r+b") as f:
    print(isinstance(f, io.BufferedRandom))
os.remove(name)
