import io
import sys
print(isinstance(sys.stdout, io.IOBase), isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.BufferedIOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.TextIOBase))
with open("f.txt", "w") as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f, io.RawIOBase))
with open("f.txt", "rb") as f:
    print(isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase))
print(issubclass(io.TextIOBase, io.IOBase), issubclass(io.RawIOBase, io.IOBase), issubclass(io.BufferedIOBase, io.IOBase))
print(io.BlockingIOError is BlockingIOError, issubclass(io.BlockingIOError, OSError))
print(isinstance(42, io.IOBase), isinstance("s", io.TextIOBase))
class MyText(io.TextIOBase):
    pass
m = MyText()
print(isinstance(m, io.IOBase), type(m).__name__)
import os
os.remove("f.txt")
