import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), type(math.floor(2.5)).__name__)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(), math.lcm(3, 5, 7))
print(math.factorial(0), math.factorial(20), math.comb(5, 2), math.comb(5, 7), math.perm(5), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(round(math.sin(math.pi / 2), 10), round(math.cos(math.pi), 10), round(math.atan2(1, 1), 10), round(math.degrees(math.pi), 10), round(math.radians(180), 10))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.dist((0, 0), (3, 4)), math.ulp(1.0) == 2 ** -52, math.nextafter(1.0, 2.0) > 1.0)
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.factorial, -1), (math.factorial, 2.5), (math.acos, 2), (math.isqrt, -4)]:
    try:
        fn(arg)
    except (ValueError, TypeError) as e:
        print(fn.__name__, arg, type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.floor("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.sqrt("4")
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print(type(e).__name__, e)
print(math.floor(10 ** 30), math.ceil(-(10 ** 30) + 0.5) if False else "skip", math.sqrt(10 ** 30), math.log(10 ** 100), math.log(2 ** 1100, 2))
class HasFloor:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
print(math.floor(HasFloor()), math.ceil(HasFloor()))
