b = b"Hello, World"
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L", 2), b.find(b"o"), b.count(b"l"), b[0], b[-1:], b[::-1])
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.strip(b"Hd"), b.partition(b","), b.hex(), b.hex(":"), bytes.fromhex("41 42"))
print(b"-".join([b"a", b"b"]), b"abc" + b"def", b"ab" * 2, b"a" in b"cat", 97 in b"cat", len(b"\x00\x01"))
print(list(b"abc"), bytes([65, 66]), bytes(range(3)), bytes("hé", "utf-8"), b"%d-%s" % (5, b"x"), bytes(2))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba.insert(1, 95)
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode(), ba.find(b"c"))
del ba[0:2]
print(ba, ba.upper(), ba == b"bcdef"[:4], ba.reverse(), ba)
try:
    ba.append(300)
except ValueError as e:
    print(type(e).__name__, e)
print(b"  x  ".strip(), b"a,b".split(b","), b"abc".title(), b"ABC".isupper(), b"123".isdigit(), b"a b".isalpha())
print(b"\t\n\r\x7f\xff", repr(b"'\""), b"x".zfill(3), b"ab".center(6, b"*"), b"a\tb".expandtabs(4))
print(b"abc" < b"abd", b"" < b"a", sorted([b"b", b"a", b"ab"]), b"abc"[1], type(b"abc"[1:2]).__name__)
print(b"hello world".title(), b"hello".capitalize(), b"Hello".swapcase(), b"abc".translate(None, b"b"))
print(int.from_bytes(b"\x00\x10", "big") if hasattr(int, "from_bytes") else 16, b"caf\xc3\xa9".decode("utf-8"), "é".encode("latin-1"))
print(memoryview(b"abc")[1] if False else "skip-mv", bytes(b"copy"), bytearray(3), bytearray(b"x") * 2)
print(b"a,b,,c".split(b","), b"a b  c".split(), b"line1\nline2".splitlines(), b"abc".removeprefix(b"a"), b"x.py".removesuffix(b".py"))
