import io

s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s = io.StringIO("a\nb\nc")
print(list(s), s.tell())
s.seek(0)
print(s.readlines(), s.readable(), s.writable(), s.seekable())
s.seek(1)
s.write("X")
print(repr(s.getvalue()))
s.seek(10)
s.write("end")
print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
with io.StringIO("ctx") as c:
    print(c.read(2), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)
u = io.StringIO("x\r\ny\rz", newline=None)
print(repr(u.getvalue()))
out = io.StringIO()
print("printed", 1, 2, sep=", ", file=out)
print(repr(out.getvalue()))
try:
    io.StringIO("abc").seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
