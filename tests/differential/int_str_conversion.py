for n in [0, -0, 7, -7, 10 ** 25, -(10 ** 25)]:
    print(str(n), repr(n), len(str(n)))
print(str(123) + "4", int("12" + "34") + 1)
print(1_000, 0x10, 0o10, 0b10)
digits = []
n = 9876543210
while n:
    digits.append(n % 10)
    n //= 10
print(digits)
def to_base(n, b):
    if n == 0:
        return "0"
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    neg = n < 0
    n = abs(n)
    out = ""
    while n:
        out = chars[n % b] + out
        n //= b
    return "-" + out if neg else out
for b in [2, 7, 16, 36]:
    s = to_base(-123456789, b)
    print(b, s, int(s, b))
print(int.__name__, type(5).__name__)
print(isinstance(True, int), isinstance(5, bool))
print((5).__add__(3), (12).__mod__(5))
