import math

for n in [0, 1, 5, 20, 30, 100]:
    print(n, math.factorial(n), math.isqrt(n * n + n), math.isqrt(n))
print(math.factorial(True), math.isqrt(10 ** 50), math.isqrt(2 ** 127 - 1))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 6), math.comb(10 ** 20, 3), math.comb(7, 0))
print(math.perm(10, 3), math.perm(10), math.perm(5, 6), math.perm(6, 0), math.perm(3, None))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18, 30), math.gcd(2 ** 100, 6 ** 50), math.gcd(0, 0))
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(4, 0), math.lcm(2 ** 40, 3 ** 20))
print(math.floor(-2.5), math.ceil(2.000001), math.floor(True), math.trunc(True), math.trunc(-2.7))
print(math.floor(7), math.ceil(-7), math.trunc(2 ** 70), math.floor(1e20), math.ceil(-0.5))
print(type(math.floor(2.5)).__name__, type(math.trunc(2.5)).__name__, type(math.ceil(True)).__name__)


class Num:
    def __init__(self, v):
        self.v = v

    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"

    def __float__(self):
        return self.v


class Idx:
    def __index__(self):
        return 12


n = Num(2.25)
print(math.floor(n), math.ceil(n), math.trunc(n), math.sqrt(n), math.exp(n))
print(math.gcd(Idx(), 18), math.factorial(Idx()), math.comb(Idx(), 2), math.isqrt(Idx()))
print(math.sqrt(Idx()), math.log(Idx()), math.hypot(Idx(), 5))
