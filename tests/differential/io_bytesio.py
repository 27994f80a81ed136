import io

b = io.BytesIO()
print(b.write(b"hello "), b.write(bytearray(b"world\n")), b.tell())
print(b.getvalue())
b.seek(0)
print(b.read(5), b.read1(1), b.readline(), b.read())
b = io.BytesIO(b"l1\nl2\nl3")
print(list(b))
b.seek(-2, 2)
print(b.read(), b.tell())
b.seek(-4, 1)
print(b.read(2))
b.seek(12)
b.write(b"!")
print(b.getvalue())
print(b.truncate(4), b.getvalue())
with io.BytesIO(b"ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.getvalue()
except ValueError as e:
    print("ValueError:", e)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError:", e)
print(io.BytesIO(b"a\nb").readlines())
