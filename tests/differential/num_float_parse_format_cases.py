import math
try:
    print(0, repr(f'{1234.5:n}'))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr(f'{1234:n}'))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(2, repr(f'{0.1:n}'))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr(f'{1e20:n}'))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr(format(65, 'c')))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr(format(0x110000, 'c')))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(6, repr(format(-1, 'c')))
except Exception as e:
    print(6, type(e).__name__, e)
try:
    print(7, repr(float('-0')))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr(float('0e0')))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr(float('.e1') if False else 0))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr(float('1e-400')))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr(float('1e400')))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr(float('0x1p3') if False else 0))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr(float(' \t 2.5\n')))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr(float('1_0')))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr(float('1__0')))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(16, repr(float('nan ') ))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr(float('infinity')))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr(float('+inF')))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(20, repr(repr(float('1.'))))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr(repr(1e22)))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr(repr(1e-7)))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr(repr(123456789012345680.0)))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr(repr(0.30000000000000004)))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr(repr(2.0**-1074)))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr(repr(1.0 - 1e-16)))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr(repr(9.999999999999999e22)))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr(repr(100000000000000000.0)))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr(str(1e16 - 2)))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(30, repr(str(float(2**53 + 1))))
except Exception as e:
    print(30, type(e).__name__, e)
try:
    print(31, repr(round(0.1 + 0.2, 15)))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(33, repr(round(2.5e-8, 9)))
except Exception as e:
    print(33, type(e).__name__, e)
try:
    print(34, repr(round(-1e-300, 2)))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(35, repr(round(1.25, 1)))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr(round(1.35, 1)))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr(f'{2.5:.0f}{3.5:.0f}{-2.5:.0f}'))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr(f'{0.125:.2f}'))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(39, repr(f'{0.375:.2f}'))
except Exception as e:
    print(39, type(e).__name__, e)
try:
    print(40, repr(f'{1e-10:.3g}'))
except Exception as e:
    print(40, type(e).__name__, e)
try:
    print(41, repr(f'{123456:.2g}'))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(42, repr(f'{0.0001:.0e}'))
except Exception as e:
    print(42, type(e).__name__, e)
try:
    print(43, repr(f'{99.999:.2f}'))
except Exception as e:
    print(43, type(e).__name__, e)
try:
    print(44, repr(f'{-0.0:+.1f}'))
except Exception as e:
    print(44, type(e).__name__, e)
try:
    print(45, repr(f'{float("nan"):+.1f}'))
except Exception as e:
    print(45, type(e).__name__, e)
try:
    print(46, repr(f'{1e300*1e10:+}'))
except Exception as e:
    print(46, type(e).__name__, e)
try:
    print(47, repr(f'{12.5:08.1%}'))
except Exception as e:
    print(47, type(e).__name__, e)
try:
    print(48, repr(f'{7:+08.2f}'))
except Exception as e:
    print(48, type(e).__name__, e)
try:
    print(49, repr(f'{1.0:#g}'))
except Exception as e:
    print(49, type(e).__name__, e)
try:
    print(50, repr(f'{1:#.3g}'))
except Exception as e:
    print(50, type(e).__name__, e)
try:
    print(51, repr(f'{0.00001234:#.2e}'))
except Exception as e:
    print(51, type(e).__name__, e)
try:
    print(52, repr(f'{5e-5:g}'))
except Exception as e:
    print(52, type(e).__name__, e)
try:
    print(53, repr(f'{5e-4:g}'))
except Exception as e:
    print(53, type(e).__name__, e)
try:
    print(54, repr(f'{123456789:g}'))
except Exception as e:
    print(54, type(e).__name__, e)
try:
    print(55, repr(f'{1234567:.7g}'))
except Exception as e:
    print(55, type(e).__name__, e)
try:
    print(56, repr(int(2.5e18)))
except Exception as e:
    print(56, type(e).__name__, e)
try:
    print(57, repr(int(-1e19)))
except Exception as e:
    print(57, type(e).__name__, e)
try:
    print(58, repr(int(1.7976931348623157e308) % 1000))
except Exception as e:
    print(58, type(e).__name__, e)
try:
    print(59, repr(float(2**1023 * 2 - 1) if False else 0))
except Exception as e:
    print(59, type(e).__name__, e)
try:
    print(60, repr(float(2**1024 - 1) if False else 0))
except Exception as e:
    print(60, type(e).__name__, e)
try:
    print(61, repr((2**1024) > float('inf')))
except Exception as e:
    print(61, type(e).__name__, e)
try:
    print(62, repr(1e308 == 10**308))
except Exception as e:
    print(62, type(e).__name__, e)
try:
    print(63, repr(10**308 == 1e308))
except Exception as e:
    print(63, type(e).__name__, e)
try:
    print(64, repr(float(10**308) == 1e308))
except Exception as e:
    print(64, type(e).__name__, e)
try:
    print(65, repr(0.1 == 1/10))
except Exception as e:
    print(65, type(e).__name__, e)
try:
    print(66, repr(2**-1074 > 0))
except Exception as e:
    print(66, type(e).__name__, e)
try:
    print(67, repr(5e-324 / 2))
except Exception as e:
    print(67, type(e).__name__, e)
try:
    print(68, repr(-5e-324 / 2))
except Exception as e:
    print(68, type(e).__name__, e)
try:
    print(69, repr(1/3 + 1/3 + 1/3))
except Exception as e:
    print(69, type(e).__name__, e)
try:
    print(70, repr(sum([1/3]*3)))
except Exception as e:
    print(70, type(e).__name__, e)
try:
    print(71, repr(0.1*3 - 0.3))
except Exception as e:
    print(71, type(e).__name__, e)
try:
    print(72, repr(1e16 + 1.0))
except Exception as e:
    print(72, type(e).__name__, e)
try:
    print(73, repr(2**53 + 1.0))
except Exception as e:
    print(73, type(e).__name__, e)
try:
    print(74, repr(7.0 % 0.1))
except Exception as e:
    print(74, type(e).__name__, e)
try:
    print(75, repr(divmod(7.0, 0.1)))
except Exception as e:
    print(75, type(e).__name__, e)
try:
    print(76, repr(-7.0 // 0.1))
except Exception as e:
    print(76, type(e).__name__, e)
try:
    print(77, repr(7 % 0.7))
except Exception as e:
    print(77, type(e).__name__, e)
try:
    print(78, repr(math.fmod(7, 0.7)))
except Exception as e:
    print(78, type(e).__name__, e)
try:
    print(79, repr((1e10 + 0.5) // 1))
except Exception as e:
    print(79, type(e).__name__, e)
try:
    print(80, repr(float.__floordiv__(7.5, 2)))
except Exception as e:
    print(80, type(e).__name__, e)
