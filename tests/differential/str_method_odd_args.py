try:
    print(0, repr('abc'.center(7, 'xy')))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr('abc'.ljust(-1)))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(2, repr('a\tb'.expandtabs(-1)))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr('abc'.zfill(-5)))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr('x'.encode('nope')))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr('abc'.count('b', -100, 100)))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(6, repr('abc'.find('c', None, None)))
except Exception as e:
    print(6, type(e).__name__, e)
try:
    print(8, repr('a'.replace('a', 'b', -1)))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr('aaa'.replace('', '-', 2)))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr('ab'.split(None, -1)))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr('a  b'.split(' ', 1)))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr('abc'.startswith('')))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr(''.startswith('')))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr('abc'.endswith(('x', ''))))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr('abc'.rsplit('b', maxsplit=0)))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(16, repr('x'.join(['a', None])))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr('%s' % ()))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr('%s %%' % 1))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr('abc'.title()))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(20, repr('ŉ'.upper()))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr('ǰ'.upper()))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr('ﬃ'.title()))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr('İstanbul'.lower()))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr('ΣΑΣ'.lower()))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr('aΣ'.lower()))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr('abc'.isidentifier()))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr('class'.isidentifier()))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr('a\u0300'.isalpha()))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr('\u00b2'.isdecimal()))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(30, repr('١'.isdecimal()))
except Exception as e:
    print(30, type(e).__name__, e)
try:
    print(31, repr('Ⅷ'.isdigit()))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(32, repr('\u2167'.isnumeric()))
except Exception as e:
    print(32, type(e).__name__, e)
try:
    print(33, repr('x'*3 == 'xxx'))
except Exception as e:
    print(33, type(e).__name__, e)
try:
    print(34, repr('abc' * True))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(35, repr(str(3.0)))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr(str(-0.0)))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr(str(1e-5)))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr('{:s}'.format(None) if False else 1))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(39, repr('{}'.format(None)))
except Exception as e:
    print(39, type(e).__name__, e)
try:
    print(40, repr('{!s:5}|'.format(None)))
except Exception as e:
    print(40, type(e).__name__, e)
try:
    print(41, repr(format(None, '')))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(42, repr('{:5}'.format(None)))
except Exception as e:
    print(42, type(e).__name__, e)
try:
    print(43, repr('abc'.partition('')))
except Exception as e:
    print(43, type(e).__name__, e)
try:
    print(44, repr('a,b'.rpartition(',')))
except Exception as e:
    print(44, type(e).__name__, e)
try:
    print(45, repr('abcabc'.rindex('b', 0, 3)))
except Exception as e:
    print(45, type(e).__name__, e)
try:
    print(46, repr('ab'.casefold()))
except Exception as e:
    print(46, type(e).__name__, e)
try:
    print(47, repr('Hello'.swapcase().swapcase()))
except Exception as e:
    print(47, type(e).__name__, e)
try:
    print(48, repr('x'.ljust(3, '')))
except Exception as e:
    print(48, type(e).__name__, e)
try:
    print(49, repr('hello world'.split('o', 1)))
except Exception as e:
    print(49, type(e).__name__, e)
try:
    print(50, repr(str.maketrans('ab', 'c')))
except Exception as e:
    print(50, type(e).__name__, e)
try:
    print(51, repr(str.maketrans({'ab': 'x'})))
except Exception as e:
    print(51, type(e).__name__, e)
try:
    print(52, repr(str.maketrans({1: 'x'})))
except Exception as e:
    print(52, type(e).__name__, e)
try:
    print(53, repr('abc'.translate({97: None, 98: 'BB', 99: 120})))
except Exception as e:
    print(53, type(e).__name__, e)
try:
    print(54, repr('\x00abc'.isprintable()))
except Exception as e:
    print(54, type(e).__name__, e)
try:
    print(55, repr('abc'.splitlines()[0:0]))
except Exception as e:
    print(55, type(e).__name__, e)
try:
    print(56, repr('a\x85b'.splitlines()))
except Exception as e:
    print(56, type(e).__name__, e)
try:
    print(57, repr('a\u2029b'.split()))
except Exception as e:
    print(57, type(e).__name__, e)
try:
    print(58, repr('\xa0'.strip()))
except Exception as e:
    print(58, type(e).__name__, e)
try:
    print(59, repr('123'.rjust(6, '0')))
except Exception as e:
    print(59, type(e).__name__, e)
try:
    print(60, repr('-5'.zfill(4)))
except Exception as e:
    print(60, type(e).__name__, e)
try:
    print(61, repr('+'.zfill(3)))
except Exception as e:
    print(61, type(e).__name__, e)
try:
    print(62, repr('abc'[1:2:-1]))
except Exception as e:
    print(62, type(e).__name__, e)
try:
    print(63, repr('abc'[::-2]))
except Exception as e:
    print(63, type(e).__name__, e)
try:
    print(64, repr('abc'[-4:-1]))
except Exception as e:
    print(64, type(e).__name__, e)
try:
    print(65, repr(min('', default='e')))
except Exception as e:
    print(65, type(e).__name__, e)
try:
    print(66, repr(max('aZ')))
except Exception as e:
    print(66, type(e).__name__, e)
try:
    print(67, repr(sorted('bAa', key=str.lower)))
except Exception as e:
    print(67, type(e).__name__, e)
try:
    print(68, repr('a' < 'B'))
except Exception as e:
    print(68, type(e).__name__, e)
try:
    print(69, repr(ord('\U0010FFFF')))
except Exception as e:
    print(69, type(e).__name__, e)
try:
    print(72, repr('abc'.encode('utf-8', 'bogus')))
except Exception as e:
    print(72, type(e).__name__, e)
try:
    print(73, repr(bytes('abc', 'ascii', 'strict')))
except Exception as e:
    print(73, type(e).__name__, e)
try:
    print(75, repr('x'.encode('UTF8')))
except Exception as e:
    print(75, type(e).__name__, e)
try:
    print(76, repr('x'.encode('latin1')))
except Exception as e:
    print(76, type(e).__name__, e)
try:
    print(77, repr(b'\xe9'.decode('ISO-8859-1')))
except Exception as e:
    print(77, type(e).__name__, e)
try:
    print(78, repr('ab'.encode('ascii').decode('utf_8')))
except Exception as e:
    print(78, type(e).__name__, e)
