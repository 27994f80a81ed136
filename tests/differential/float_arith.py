print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7.5 % -2)
print(divmod(-7.0, 2), divmod(7.0, -2.5))
print(0.1 * 3, 0.1 * 3 == 0.3, 1 - 0.9)
print(2 ** 0.5, 9 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0)
print(1e308 + 1e308, -1e308 * 10)
print(1.5 + 2, 3 - 0.5, 4 * 0.25, 1 / 8)
print(10 / 3, -10 / 3, 1 / 7)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.5 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__)
print(-0.0 + 0.0, -0.0 * 1, 0.0 * -1, -0.0 == 0.0)
print(abs(-0.0), -(0.0))
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0)
x = 1.0
x /= 3
x *= 3
print(x)
print(abs(-1.5), float.__name__)
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1)
