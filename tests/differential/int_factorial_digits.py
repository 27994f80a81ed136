def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in [0, 1, 5, 10, 20, 21, 30]:
    print(n, factorial(n))
f100 = factorial(100)
s = str(f100)
print(len(s))
print(s[:20], s[-30:])
total = 0
for ch in s:
    total += int(ch)
print("digit sum", total)
zeros = 0
for ch in reversed(s):
    if ch != "0":
        break
    zeros += 1
print("trailing zeros", zeros)
print(factorial(50) // factorial(48))
print(factorial(30) % 1000003)
print(factorial(25) == 15511210043330985984000000)
print(2 ** 1000 % 10 ** 10)
print(len(str(2 ** 1000)))
