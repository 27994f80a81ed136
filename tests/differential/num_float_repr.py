vals = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.0, -0.0, 100.0,
        1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.5e-310, 9007199254740993.0, 0.1 + 0.2, 1.1 * 1.1, 3.0e10, 12345.678e3]
for v in vals:
    print(repr(v), str(v), f"{v}", v.is_integer())
print(float("1e309"), float("-1e309"), float("nan"), float("  3.5  "), float("1_000.5"), float("+.5"), float("5."))
print(float("inf"), float("-Infinity"), float("iNf"), float("NaN"), float("-nan"))
for bad in ["", "abc", "1.2.3", "1e", "_1", "1__0", "0x10", "in f", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print((3.0).hex())
print(float.hex(0.1), float.hex(-0.0), (10.0).hex())
print(int(3.9), int(-3.9), int(1e20), int(2.0 ** 70), float(2 ** 70), float(10 ** 30))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, float("inf") - float("inf"))
print(2.0 ** 1023 * 2 if False else 2.0 ** 1023)
try:
    2.0 ** 1024
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(0.1 == 0.1000000000000000055511151231257827, 1 == 1.0000000000000001, hash(0.5), hash(1e100) == hash(10 ** 100))
print(max(0.0, -0.0), min(0.0, -0.0), max(-0.0, 0.0), sorted([0.0, -0.0, -1, 1.5, True]))
print(float(True), float("  -0  "), -(0.0), 0.0 == -0.0, str(-0.0 + 0.0))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 1e16 + 1 - 1e16, 0.1 * 10)
