import io
import os

name = "tmp_wrong_mode.txt"
with open(name, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    f.write("data")
with open(name) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e), e)
    try:
        f.write(b"x")
    except TypeError as e:
        print("TypeError:", e)
with open(name, "rb") as f:
    try:
        f.write(b"x")
    except ValueError as e:
        print(type(e).__name__, e)
with open(name, "wb") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
print(io.UnsupportedOperation.__mro__)
os.remove(name)
