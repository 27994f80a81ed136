ba = bytearray(b"abcdefgh")
print(ba[0], ba[-1], ba[2:5], ba[::2], ba[::-1], ba[5:2:-1], ba[100:])
ba[0] = 65
ba[-1] = 72
print(ba)
ba[1:3] = b"XYZ"
print(ba)
ba[0:0] = [49, 50]
print(ba)
ba[::2] = b"." * len(ba[::2])
print(ba)
del ba[0]
print(ba)
del ba[::3]
print(ba)
del ba[1:3]
print(ba)
ba[len(ba):] = bytearray(b"end")
print(ba)
ba[2:4] = []
print(ba, len(ba))
total = 0
for b in bytearray(b"\x01\x02\x03"):
    total += b
print(total, list(bytearray(b"hi")), sorted(bytearray(b"cab")))
print(list(reversed(bytearray(b"abc"))), max(bytearray(b"q1z")), bytearray(b"abc").index(b"c"))
it = iter(bytearray(b"xy"))
print(next(it), next(it), next(it, "done"))
