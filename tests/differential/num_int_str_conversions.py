for n in [0, 7, -7, 255, -256, 10 ** 18, 2 ** 64 - 1]:
    print(n, str(n), repr(n), hex(n), oct(n), bin(n), f"{n:x}", f"{n:#o}", f"{n:b}"[:20], format(n, "d"))
print(int("0x1F", 16), int("1F", 16), int("-1f", 16), int("0b1010", 2), int("  0o17 ", 8), int("Z", 36), int("10", 36))
print(str(-0), str(+5), int("-0"), int("+0"), int("0000"), int("1" * 30), int("9_9"), int(" 12_34 "))
print(int(3.99999), int(-0.5), int(1e3), int("7"), int(b" 12 "), int(True), int(False))
print(abs(-2 ** 63), -2 ** 63, (-2) ** 63, 2 ** -1, (-8) // 3, -(8 // 3), 8 % -3)
print(1_000_000, 0x_FF, 0o_17, 0b_1010, 1_0.5, 1e1_0)
print(int.__name__, int(), float(), str(), bool(), type(int("5")).__name__)
for s in ["12a", "1 2", "0x", "+-1", "1e5", "", "0b12"]:
    try:
        print(s, int(s, 0))
    except ValueError as e:
        print(type(e).__name__, e)
print(str(12345678901234567890123), len(str(2 ** 10000)), str(2 ** 100)[-5:])
print(hex(0), oct(0), bin(0), hex(-1), bin(-1), oct(-1), format(0, "#b"), format(-0, "#x"))
print(chr(int("263A", 16)), ord("A") + 1, hex(ord("é")), int("101", 2) << 2, 0b101 | 0b010)
print(round(123.456, -1), round(-123, -1), round(155, -1), round(165, -1), round(-155, -1))
print(pow(10, 2), pow(10, -2), pow(2, 100) % 7, pow(7, 0), pow(0, 0), pow(-1, 10 ** 10))
print(sum(range(10 ** 6)) if False else sum(range(10 ** 5)), max(range(10 ** 4)), 10 ** 5 * 10 ** 5)
