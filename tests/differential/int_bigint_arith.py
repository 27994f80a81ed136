a = 2 ** 200
print(a)
print(a + 1, a - 1)
print(a * a)
print(a // 3, a % 3)
print(-a // 7, -a % 7)
print(a // (2 ** 100) == 2 ** 100)
b = 3 ** 150
print(b)
print(a - b)
print(b - a)
print(a * -b)
print(len(str(a * b)))
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(f // (2 ** 38))
print(f % 1000000007)
print(-(2 ** 64), 2 ** 64 - 1, 2 ** 63)
print((2 ** 64) // -1)
big = 10 ** 30 + 7
print(big * big)
print(big == 10 ** 30 + 7, big > 10 ** 30, big < -big)
print(abs(-big), -(-big))
x = 1
for _ in range(100):
    x = x * 3 + 1
print(x)
print(int("123456789012345678901234567890") + 1)
print(str(-12345678901234567890123))
