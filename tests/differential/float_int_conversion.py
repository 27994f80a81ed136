for v in [3.7, -3.7, 0.0, -0.5, 1e10, 123456789.999, 2.0 ** 60, -2.0 ** 70]:
    print(v, int(v))
print(float(2 ** 53), float(2 ** 53 + 1), float(10 ** 20))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("1.2.3")
except ValueError as e:
    print(type(e).__name__, e)
print(float("  -3.5e2 "), float("+.5"), float("5."), float("inf"), float("-0"))
print(int("7") + float("0.5"), str(2.0), str(-2.50))
print((2.5).is_integer(), (3.0).is_integer())
print(10 ** 20 / 10 ** 10, 10 ** 20 // 10 ** 10)
print(7 / 7, 1 / 2 + 1 / 2 == 1)
print(float(True) + float(False))
