# Float arithmetic and list/tuple indexing take fast paths in the runtime; these
# cases must behave exactly as the general ones.
import math

vals = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, math.inf, -math.inf, math.nan, 3, -7, 0, 2**62]
for a in vals:
    row = []
    for b in vals:
        for op in ("+", "-", "*", "/"):
            try:
                if op == "+":
                    r = a + b
                elif op == "-":
                    r = a - b
                elif op == "*":
                    r = a * b
                else:
                    r = a / b
                row.append(repr(r))
            except ZeroDivisionError as e:
                row.append("ZeroDivisionError: " + str(e))
            except OverflowError as e:
                row.append("OverflowError: " + str(e))
    print(a, row)

big = 10**400
try:
    print(1.5 + big)
except OverflowError as e:
    print("OverflowError:", e)
print(type(True + 1.5), True + 1.5, 2.0 * False)


class F(float):
    def __add__(self, other):
        return "F.__add__"

    def __radd__(self, other):
        return "F.__radd__"


print(F(1.0) + 2.0, 2.0 + F(1.0), 1 + F(2.0))
x = 1.0
x += 2
x *= 3
x -= 0.5
x /= 2
print(x)
xs = [10, 20, 30]
t = (1, 2, 3)
print(xs[0], xs[-1], xs[-3], t[1], t[-1])
for i in (3, -4, 2**70, True):
    for seq in (xs, t):
        try:
            print(seq[i])
        except IndexError as e:
            print("IndexError:", e)
xs[-1] = "last"
xs[True] = "one"
print(xs)
try:
    xs[3] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)


class L(list):
    def __getitem__(self, i):
        return ("L", i)


print(L([1, 2])[0])
