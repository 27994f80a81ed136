for n in [0, 9, 10, 15, 16, 255, 4096, -42, 2 ** 40]:
    print(n, hex(n), oct(n), bin(n), int(hex(n), 16), int(bin(n), 0))
s = "Hi!"
codes = list(map(ord, s))
print(codes, "".join(map(chr, codes)))
hexes = []
for c in s:
    hexes.append(hex(ord(c))[2:].zfill(2))
print(" ".join(hexes))
print(chr(0x41) + chr(0x1F40D), ord("\n"), ord("\x00"), ord("€"))
print(int("0o17", 8), int("0b11", 2), int("0xAbC", 16), int("Z", 36))
print(bin(0b1010 ^ 0b0110), oct(0o777 & 0o070), hex(0xF0 | 0x0F))
