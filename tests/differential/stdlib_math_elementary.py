import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
xs = [0.1, 0.5, 1.0, 2.5, 7.25, 30.0]
for x in xs:
    print(x, math.sqrt(x), math.exp(x), math.log(x), math.log2(x), math.log10(x))
    print(math.sin(x), math.cos(x), math.tan(x), math.atan(x))
    print(math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
    print(math.expm1(x), math.log1p(x), math.exp2(x), math.cbrt(x))
for x in [-0.9, -0.3, 0.0, 0.4, 0.99]:
    print(math.asin(x), math.acos(x), math.atanh(x))
for x in [1.0, 1.5, 10.0, 1e10]:
    print(math.acosh(x))
print(math.atan2(1.0, 1.0), math.atan2(-1.0, -2.0), math.atan2(0.0, -0.0))
print(math.atan2(math.inf, -math.inf), math.atan2(-0.0, 1.0))
print(math.degrees(1.0), math.radians(180), math.degrees(math.pi / 3))
print(math.hypot(3, 4), math.hypot(1.5, 2.5, 3.5), math.hypot(), math.hypot(-7))
print(math.hypot(1e308, 1e308), math.hypot(1e-310, 2e-310), math.hypot(*[0.1] * 10))
print(math.dist((1.5, 2.25), (-3.0, 7.125)), math.dist([1], [2]), math.dist((0, 0), (3, 4)))
print(math.pow(2, 0.5), math.pow(-2, 3), math.pow(math.inf, -3), math.pow(-math.inf, 3))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(0.5, -math.inf))
print(math.fmod(-7.5, 2), math.fmod(5, math.inf), math.remainder(10, 3), math.remainder(11, 2))
print(math.remainder(-7.5, 2), math.remainder(5, math.inf), math.copysign(3, -2), math.copysign(1, -0.0))
print(math.fabs(-3), math.fabs(2.5), math.cbrt(-8), math.cbrt(27.5))
print(math.log(8, 2), math.log(100, 10), math.log(2, 0.5), math.log(10 ** 400), math.log(2 ** 1000, 2))
print(math.log2(3 ** 1000), math.log10(10 ** 400), math.log(True), math.log10(12345678901234567890))
print(math.erf(0.5), math.erfc(0.5), math.erf(-2.0), math.erfc(30))
print(math.sqrt(2), math.sqrt(10 ** 30), math.exp(-1000), math.expm1(1e-10), math.log1p(1e-10))
