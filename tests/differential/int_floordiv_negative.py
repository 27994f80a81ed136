pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b))
print(10 ** 20 // -3, 10 ** 20 % -3)
print(-(10 ** 20) // 3, -(10 ** 20) % 3)
print(divmod(-(2 ** 70), 12345))
print(divmod(2 ** 70, -12345))
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
print("identity ok")
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(2 ** 100 / 2 ** 99)
