a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a))
print(-5 & 0xFF, -1 & 0xFFFF, -8 | 3, -8 ^ 3)
print(~0, ~-1, ~(2 ** 70))
print(1 << 10, 1 << 100, 5 << 0)
print(1024 >> 3, -1024 >> 3, -1 >> 10, 7 >> 100)
print((2 ** 100) >> 90, (2 ** 100 + 12345) & 0xFFFF)
print(-(2 ** 80) >> 3)
print((2 ** 65) ^ (2 ** 64), (2 ** 65) | 1)
print((255).bit_length(), (0).bit_length(), (-256).bit_length())
print((2 ** 100).bit_length())
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -3)
except ValueError as e:
    print(type(e).__name__, e)
x = 0
for i in range(0, 16, 3):
    x |= 1 << i
print(x, bin(x))
mask = 0xF0
x &= mask
print(x)
x ^= 0xFF
print(x)
x <<= 4
x >>= 2
print(x)
print(True & False, True | False, True ^ True, type(True & True).__name__)
