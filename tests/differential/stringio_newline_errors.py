import io
for nl in ["x", "\n\n", " ", "\r\r"]:
    try:
        io.StringIO(newline=nl)
    except ValueError as e:
        print("ValueError", e)
try:
    io.StringIO(newline=3)
except TypeError as e:
    print("TypeError", e)
s = io.StringIO(newline="")
s.write("one\r")
s.write("\ntwo\r\rthree")
print(s.getvalue().split("\r"), len(s.getvalue()))
s.seek(0)
print(s.readlines())
s = io.StringIO(newline=None)
s.write("x\r")
s.write("\ny")
print(repr(s.getvalue()))
s = io.StringIO("p\nq\n", newline="\r\n")
print(repr(s.getvalue()), s.tell(), s.readline(), s.tell())
