b = b"Hello"
total = 0
for byte in b:
    total += byte
print(total)
codes = []
for byte in b:
    codes.append(byte + 1)
print(bytes(codes))
rev = bytes(reversed(b))
print(rev, sorted(b), max(b), min(b))
out = b""
for i in range(65, 70):
    out += bytes([i])
print(out, len(out))
print(list(enumerate(b"ab")))
s = "naïve café"
enc = s.encode("utf-8")
print(enc, len(s), len(enc))
print(enc.decode("utf-8") == s)
chunks = []
for i in range(0, len(enc), 4):
    chunks.append(enc[i:i + 4])
print(chunks)
print(b"%d-%s" % (5, b"x"), b"%05.1f" % 3.14159, b"%x" % 255)
print(bytes(b"copy"), b"abc"[1], b"abc"[1:2])
print(b"a b\tc".split(), b"1,2,,3".split(b","))
print(hex(b"\x10"[0]), bin(b"\x05"[0]))
