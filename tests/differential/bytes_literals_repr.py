b = b"hello"
print(b, repr(b), len(b), type(b).__name__)
print(b"", b"'", b'"', b"'\"", b"\x00\x01\x7f\x80\xff", b"\t\n\r\\")
print(b"caf\xc3\xa9", rb"raw\n", len(rb"raw\n"))
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes())
print(bytes([0, 255]), bytes((104, 105)))
print(b"ab" + b"cd", b"ab" * 3, b"x" in b"xyz", 120 in b"xyz", b"" in b"a")
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc")
print(b"abc" == "abc", list(b"hi"), tuple(b"\x01\x02"))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes([-1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(bytes("é", "utf-8"), str(b"xy"))
