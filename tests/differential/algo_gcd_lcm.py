def gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0

def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y

pairs = [(12, 18), (17, 5), (0, 9), (100, 75), (-24, 36), (2 ** 64, 2 ** 40 * 3), (1071, 462)]
for a, b in pairs:
    g, x, y = ext_gcd(a, b)
    print(a, b, "gcd", gcd(a, b), "lcm", lcm(a, b), "bezout", x, y, a * x + b * y == g)
l = 1
for i in range(1, 21):
    l = lcm(l, i)
print("lcm 1..20 =", l)
def reduce_fraction(n, d):
    g = gcd(n, d)
    if d < 0:
        g = -g
    return n // g, d // g
for n, d in [(6, 8), (-10, 4), (10, -4), (0, 5), (123456, 7890)]:
    print(n, "/", d, "=", reduce_fraction(n, d))
coprime = 0
for i in range(1, 101):
    if gcd(i, 100) == 1:
        coprime += 1
print("phi(100) =", coprime)
