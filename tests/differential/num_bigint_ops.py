a = 2 ** 200
b = 3 ** 150
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, b // a, a % b, b % 12345678901234567, divmod(a, -b))
print(-a // 7, -a % 7, (-a) >> 3, a >> 190, a << 10, -1 << 100, (-a) >> 300)
print(a & b, a | b, a ^ b, ~a, -a & 0xFFFF, (a - 1) & b)
print(abs(-a) == a, -(-a) == a, a == 2.0 ** 200, a < b, b > a, a != a + 1)
print(len(str(3 ** 1000)), str(7 ** 77)[:20], sum(int(d) for d in str(2 ** 1000)))
print(pow(3, 1000, 10 ** 9 + 7), pow(a, b, 1000003), pow(-3, 333), (-2) ** 101)
print(float(a), int(float(a)) == a)
f = 1
for i in range(1, 40):
    f *= i
print(f, f % (10 ** 9 + 7), f // 10 ** 30, hex(f), bin(f)[:20], oct(f)[-5:])
print(int(str(f)) == f, int(hex(f), 16) == f, hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(round(a, -50), round(123456789123456789123, -5), round(-5 * 10 ** 20 - 5, -1))
print(max(a, b, 10 ** 100), min([a, -b, 0]), sorted([b, -a, a, 0, -1]))
print(10 ** 30 // 10 ** 29, (10 ** 30 + 1) % 10 ** 15)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    a ** -1
    print(a ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    a // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) // 3 % 1000)
print(f"{a:,}"[:30], f"{a:e}", f"{b:x}"[:12], f"{-a:>70}"[-10:], format(a, "_b")[:20])
print(divmod(-(2 ** 100), 3), divmod(2 ** 100, -3), (2 ** 100) % -3, -(2 ** 100) // -3)
print(int("-" + "9" * 60) + 1, 12345678901234567890 * 98765432109876543210)
n = 1
for _ in range(20):
    n = n * 31 + 7
print(n, n.bit_length(), n & (n - 1) == 0, (1 << 64) - 1)
import math
print(math.gcd(2 ** 100, 6 ** 50), math.isqrt(10 ** 50), math.factorial(25), math.comb(100, 50), math.perm(20, 10))
