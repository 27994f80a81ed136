cases = [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("z", 36), ("Z", 36),
         ("  42  ", 10), ("-0b11", 0), ("+0o7", 8), ("1_000", 10), ("0_0", 0), ("10", 2), ("777", 8), ("0", 0),
         ("00", 0), ("-0", 10), ("0x_ff", 16), ("\t12\n", 10), ("١٢", 10) if False else ("12", 3)]
for s, b in cases:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, type(e).__name__, e)
bad = [("", 10), ("12", 2), ("0x", 16), ("1__0", 10), ("_1", 10), ("1_", 10), ("010", 0), ("0b2", 0), ("9", 8),
       ("1.5", 10), (" ", 10), ("0xg", 0), ("--1", 10), ("1 0", 10)]
for s, b in bad:
    try:
        int(s, b)
        print("no error", s, b)
    except ValueError as e:
        print(type(e).__name__, e)
for b in (1, 37, -1):
    try:
        int("1", b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"42"), int("  +5 "), int(True), int(-2.99), int("0" * 50 + "1"))
print(bin(-10), oct(-10), hex(-10), bin(0), hex(2 ** 64), format(-255, "#x"))
print(int("zz" * 10, 36), int("1" * 70, 2))
class WithInt:
    def __int__(self):
        return 99
class WithIndex:
    def __index__(self):
        return 7
class WithTrunc:
    def __trunc__(self):
        return 3
print(int(WithInt()), int(WithIndex()), int("11", base=WithIndex()))
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
print((255).bit_length(), (-256).bit_length(), (0).bit_length())
print((5).conjugate(), (3).real, (3).imag, (3).numerator, (3).denominator)
