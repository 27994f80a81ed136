import math
try:
    print(0, repr(bytes.fromhex('zz')))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr(bytes.fromhex('a')))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(2, repr(bytes.fromhex(' 0a  0b ')))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr(bytes.fromhex('0a0')))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(7, repr(range(2**100)[2**99]))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr(len(range(2**100))))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr(range(-2**70, 2**70, 2**69)[1]))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr('abc'[2**100:]))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr('abc'[-2**100:]))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr([1,2][::2**70]))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr([1,2][::-2**70]))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr('abc'[::-2**100]))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(17, repr(10 ** -400))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr(int('1' * 100, 2) % 7))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr(float('1' * 400)))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(20, repr(float('0.' + '0' * 400 + '1')))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr(float('1e' + '9' * 30)))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr(float('-1e-' + '9' * 30)))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr(round(1.5, 2**70)))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr(round(1.5, -2**70)))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(26, repr(round(15, 2**70)))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr('{:.1000f}'.format(0.1)[:10]))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr(f'{1e300:.400f}'[-5:]))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(30, repr(format(1, '.2147483648')))
except Exception as e:
    print(30, type(e).__name__, e)
try:
    print(31, repr('%.500f' % 1 and 'ok'))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(33, repr(chr(2**64)))
except Exception as e:
    print(33, type(e).__name__, e)
try:
    print(34, repr(hex(-2**200)[:8]))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(35, repr((2**64).bit_length()))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr(divmod(2**200, 2**100 + 1)[1]))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr((-2**200) // 7 % 10))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr(pow(3, 2**100, 2**61 - 1)))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(39, repr(int(1e300) % 1000))
except Exception as e:
    print(39, type(e).__name__, e)
try:
    print(40, repr(1 << -1))
except Exception as e:
    print(40, type(e).__name__, e)
try:
    print(41, repr(1 >> 2**100))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(42, repr(-1 >> 2**100))
except Exception as e:
    print(42, type(e).__name__, e)
try:
    print(43, repr((2**100) >> 2**70))
except Exception as e:
    print(43, type(e).__name__, e)
try:
    print(44, repr(abs(-2**1000) > 0))
except Exception as e:
    print(44, type(e).__name__, e)
try:
    print(45, repr(str(-2**64)))
except Exception as e:
    print(45, type(e).__name__, e)
try:
    print(46, repr([1][2**63]))
except Exception as e:
    print(46, type(e).__name__, e)
try:
    print(47, repr([1][-2**63]))
except Exception as e:
    print(47, type(e).__name__, e)
try:
    print(48, repr('a'.center(-2**63)))
except Exception as e:
    print(48, type(e).__name__, e)
try:
    print(49, repr('ab'.split('', 1)))
except Exception as e:
    print(49, type(e).__name__, e)
try:
    print(50, repr(list(range(2**63 - 1, 2**63 + 2))))
except Exception as e:
    print(50, type(e).__name__, e)
try:
    print(51, repr(sum(range(2**62, 2**62 + 3))))
except Exception as e:
    print(51, type(e).__name__, e)
try:
    print(52, repr((2**63).to_bytes if False else 0))
except Exception as e:
    print(52, type(e).__name__, e)
try:
    print(53, repr(float(2**63) == 2**63))
except Exception as e:
    print(53, type(e).__name__, e)
try:
    print(54, repr(int(float(2**63)) == 2**63))
except Exception as e:
    print(54, type(e).__name__, e)
try:
    print(55, repr(round(2**63 + 0.5)))
except Exception as e:
    print(55, type(e).__name__, e)
try:
    print(56, repr(math.floor(2**70 + 0.5)))
except Exception as e:
    print(56, type(e).__name__, e)
try:
    print(57, repr(math.comb(2**7, 2**6) % 1000))
except Exception as e:
    print(57, type(e).__name__, e)
try:
    print(58, repr(math.factorial(500) % 10**9))
except Exception as e:
    print(58, type(e).__name__, e)
try:
    print(59, repr(math.isqrt(10**200)))
except Exception as e:
    print(59, type(e).__name__, e)
try:
    print(60, repr(math.gcd(2**100, 3**60)))
except Exception as e:
    print(60, type(e).__name__, e)
try:
    print(61, repr(math.log(2**2000)))
except Exception as e:
    print(61, type(e).__name__, e)
try:
    print(62, repr(math.sqrt(2**2000)))
except Exception as e:
    print(62, type(e).__name__, e)
