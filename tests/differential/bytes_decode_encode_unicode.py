samples = ["ascii", "café", "naïve", "中文", "🐍", "", "mix é 中 🐍"]
for s in samples:
    enc = s.encode("utf-8")
    print(repr(s), len(s), enc, len(enc), enc.hex(), enc.decode("utf-8") == s)
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xc3\xa9\xc3\xa9".decode(), bytes("xyz", "ascii"), str(b"caf\xc3\xa9", "utf-8"))
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "r"), ValueError))
print(bytes.fromhex("e4b8ad").decode(), "中".encode().hex())
