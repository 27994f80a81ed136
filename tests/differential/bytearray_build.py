import sys
buf = bytearray()
for i in range(10):
    buf.append(48 + i)
    if i % 3 == 0:
        buf.extend(b",")
print(buf, len(buf))
out = bytearray()
for word in ["alpha", "beta", "gamma"]:
    out += word.encode()
    out += b";"
print(out, out.count(b";"), out.decode().split(";"))
frame = bytearray(8)
frame[0] = 0x7E
frame[1:3] = bytes([1234 >> 8, 1234 & 0xFF])
frame[-1] = 0x7E
print(frame.hex(), list(frame))
checksum = 0
for b in frame:
    checksum = (checksum + b) & 0xFF
print(checksum)
rot = bytearray(b"Hello, World")
for i in range(len(rot)):
    c = rot[i]
    if 65 <= c <= 90:
        rot[i] = (c - 65 + 13) % 26 + 65
    elif 97 <= c <= 122:
        rot[i] = (c - 97 + 13) % 26 + 97
print(rot, bytes(rot).decode())
stack = bytearray()
for ch in b"([]{})":
    if ch in b"([{":
        stack.append(ch)
    else:
        stack.pop()
print(len(stack) == 0, stack)
sys.stdout.write(bytearray(b"written\n").decode())
