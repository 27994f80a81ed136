def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s

for e in [10, 50, 100, 500, 1000]:
    v = 2 ** e
    print("2^" + str(e), "digits", len(str(v)), "digit sum", digit_sum(v))
f = 1
for i in range(1, 201):
    f *= i
    if i in (10, 50, 150, 200):
        print(str(i) + "!", "digit sum", digit_sum(f), "last nonzero digit", str(f).rstrip("0")[-1])
def power_digits(base, e):
    return str(base ** e)
print(power_digits(7, 77)[:15], power_digits(3, 333)[-15:])
a, b = 1, 1
idx = 2
while len(str(b)) < 100:
    a, b = b, a + b
    idx += 1
print("first fib with 100 digits is F" + str(idx))
x = 3 ** 500 - 2 ** 700
print(x < 0, len(str(abs(x))), digit_sum(abs(x)))
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)
print((2 ** 89 - 1) % 1000000007, (2 ** 127 - 1) // (2 ** 64))
