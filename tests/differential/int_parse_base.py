print(int("42"), int("-17"), int("+8"), int("  12 "), int("\t7\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("zz", 36), int("10", 3))
print(int("1_000_000"), int("0x_ff", 16))
print(int("000123"), int("-0"))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int("123456789" * 4))
bad = ["x", "", "  ", "1.5", "12a", "0x10", "1__0", "--1"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int(), int("  -0x1F  ", 16))
