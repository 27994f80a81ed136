for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64]:
    print(n, hex(n), oct(n), bin(n))
print(0x1F, 0o17, 0b1111, 1_000_000)
print(0XAB, 0O7, 0B1)
print(format(255, "x"), format(255, "X"), format(255, "o"), format(255, "b"))
print(format(255, "#x"), format(255, "#o"), format(255, "#b"), format(-255, "#X"))
print(format(5, "08b"), format(255, "#010x"))
print(int(hex(123456789), 16), int(bin(-99), 2), int(oct(64), 8))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
