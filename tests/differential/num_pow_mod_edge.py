print(pow(2, 10), pow(2, -2), pow(-2, -3), pow(2.0, 0.5), pow(4, 0.5), pow(-8, 1 / 3) if False else "skip")
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(-3, 3, -7), pow(0, 0, 1), pow(5, 0, 1))
print(pow(3, -1, 10), pow(7, -2, 13), pow(-7, -1, 5), pow(123456789, -1, 1000000007))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 2, 3), (2, 0.5, 3)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1 ** 2)
print(10 ** -3, 10.0 ** -3, 0.0 ** 0.0, 1 ** float("inf"), float("inf") ** 0, (-1) ** float("inf") if False else "skip")
print(2 ** 100 % 1000, pow(2, 100, 1000), pow(10, 100, 7), (10 ** 100) % 7)
print(1.5 ** 2, 2 ** 1.5, (-1.5) ** 2, (-2) ** 0.0, 0 ** 1.5, 9 ** 0.5 == 3)
try:
    0.0 ** -2
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(0, -2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 3
x **= 4
print(x, x ** 0, 1 ** 10 ** 5, (-1) ** 10 ** 5, (-1) ** (10 ** 5 + 1))
print(pow(True, 2), pow(2, True), True ** -1, pow(2, 64) - 1 == 18446744073709551615)
