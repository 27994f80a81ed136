a = b"abc"
b = b"abd"
print(a < b, a == b"abc", a != b, a + b, a * 2, b"" < a, a[:2] == b"ab")
print(sorted([b"b", b"a", b"ab", b"", b"B"]), max([b"x", b"xy"]), min(b"zyx"))
buf = b""
for word in [b"one", b"two", b"three"]:
    buf += word + b";"
print(buf, len(buf), buf.count(b";"))
print(buf.split(b";"), buf.rstrip(b";").split(b";"))
print(b"x" * 0, b"-" * 5, 3 * b"ab")
print(b"a" in b"cab", b"ca" in b"cab", 97 in b"cab", 100 in b"cab")
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" < "a"
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".startswith(b"ab"), b"abc"[-1:], b"abc"[::-1], b"abc"[5:], bytes(b"ab") == b"ab")
print(b"hello world".replace(b"o", b"0", 1), b"hello".find(b"l"), b"hello".rfind(b"l"))
