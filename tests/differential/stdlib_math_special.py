import math

for x in [0.5, 1.0, 1.5, 2.0, 5.5, 10.0, 23, 24, 150.3, 1e-25]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [-0.5, -1.5, -2.5, -10.25, -171.7, -200.5]:
    print(x, math.gamma(x), math.lgamma(x))
print(math.lgamma(1e300), math.gamma(math.inf), math.lgamma(-math.inf))
for x in [0.0, 0.25, 1.0, 2.0, 4.5, -3.0]:
    print(x, math.erf(x), math.erfc(x))
print(math.frexp(5e-324), math.frexp(-12.5), math.frexp(0.0), math.frexp(math.inf))
print(math.ldexp(0.75, 4), math.ldexp(1.0, -1080), math.ldexp(3.0, -10 ** 30), math.ldexp(-0.0, 5))
print(math.modf(-3.5), math.modf(-0.0), math.modf(math.inf), math.modf(7.0))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0))
print(math.nextafter(1.0, 2.0, steps=3), math.nextafter(0.0, -1.0, steps=2), math.nextafter(3.0, 3.0, steps=5))
print(math.ulp(1.0), math.ulp(1e308), math.ulp(0.0), math.ulp(-2.5), math.ulp(math.inf))
print(math.isclose(1.0, 1.0000000001), math.isclose(math.inf, math.inf), math.isclose(1, 1.1, abs_tol=0.2))
print(math.isclose(1, 1.05, rel_tol=0.1), math.isclose(a=1, b=2), math.isclose(0.0, 1e-12))
print(math.isfinite(1.5), math.isfinite(math.nan), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e-16, 1, 1e16]))
print(math.fsum([1, 1e100, 1, -1e100] * 1000), math.fsum([]), math.fsum(range(10)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, 2]), math.fsum(x / 7 for x in range(100)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=2), math.prod([1.5, 2, 4]))
print(math.prod(range(1, 25)), math.prod(["ab", 3]), math.prod([], start="x"))
print(math.sumprod([1, 2], [3, 4]), math.sumprod([1.5, 2], [3, 4.25]), math.sumprod([], []))
print(math.sumprod([0.1] * 10, [0.1] * 10), math.sumprod([True, 2], [3, 4]), math.sumprod([2 ** 70], [3]))
