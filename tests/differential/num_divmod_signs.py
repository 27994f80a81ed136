pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), int(a / b))
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (5, 0.5), (1e300, 1e-300)]
for a, b in fpairs:
    try:
        print(a, b, a // b, a % b, divmod(a, b))
    except OverflowError as e:
        print(type(e).__name__, e)
print(-0.0 % 5, 0.0 % -5, -1e-20 % 1.0, 5 % float("inf"), -5 % float("inf"))
print(float("inf") // 1, divmod(3, float("inf")), divmod(-3, float("inf")))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("//", "%", "/", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            elif op == "/":
                a / b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, a, b, type(e).__name__, e)
print(2 ** -1, (-2) ** 3, (-8) ** (1 / 3) if False else "skip", 0 ** 0, 0.0 ** 0, pow(2, 10, 1000), pow(-2, 3, 5), pow(3, -1, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(10 ** 20 // 3, -(10 ** 20) // 3, 10 ** 20 % -7, divmod(-(10 ** 30), 10 ** 15 + 7))
print(7 // 2.0, -7 // 2.0, 7 % -2.5, -7 % 2.5, 2 ** 0.5, 4 ** 0.5, (-1) ** 0.5 if False else "neg")
print(abs(-5), abs(-5.5), abs(True), -True, ~True, +False, True + True, True * 3.5, True / 2)
print(1 - 0.9, 0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 10 // 4, 3 * 1.1)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(-1.5), round(2.5), round(3.5))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)), round(0.0001, 3), round(-0.0001, 3))
print(round(1e300, -300) if False else round(123.456, 1), round(float("inf")) if False else "inf-skip")
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float("-inf"))
except OverflowError as e:
    print(type(e).__name__, e)
