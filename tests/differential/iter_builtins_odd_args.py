try:
    print(0, repr(int('12', base=10)))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr(int(x='5') if False else 0))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(2, repr(float('  1e3\n')))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr(complex if False else 0))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr(round(2.5, None)))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr(round(7, None)))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(6, repr(abs(-2**63)))
except Exception as e:
    print(6, type(e).__name__, e)
try:
    print(7, repr(divmod(2**64, -3)))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr(bin(True)))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr(hex(False)))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr(chr(65.0) if False else chr(65)))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr(ord(b'a')))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr(ord(bytearray(b'z'))))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr(isinstance(1, (int, (str, float)))))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr(issubclass(bool, (str, (int,)))))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr(isinstance(1, ())))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(16, repr(callable(None)))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr(hash(None) == hash(None)))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr(id(1) == id(1)))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr(sum([1, 2], start=10)))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(20, repr(sum((x for x in []), 0.0)))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr(max(1, 2, key=lambda v: -v)))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr(min('b', 'a', default=0)))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr(sorted([], key=len)))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr(list(map(None, [])) if False else 0))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr(any(iter([]))))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr(0))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr(pow(2, 3, None)))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr(round(-0.5)))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr(round(0.5000001)))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(30, repr(format(12, '')))
except Exception as e:
    print(30, type(e).__name__, e)
try:
    print(31, repr(format('', '^3')))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(32, repr(repr(format)))
except Exception as e:
    print(32, type(e).__name__, e)
try:
    print(33, repr(vars(5)))
except Exception as e:
    print(33, type(e).__name__, e)
try:
    print(34, repr(dir(5)[:2]))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(35, repr(getattr(5, 'real', 0)))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr(hasattr(5, 'nope')))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr(type(5)(6)))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr(type('x')(7)))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(39, repr(type([])((1,))))
except Exception as e:
    print(39, type(e).__name__, e)
try:
    print(40, repr(type({})([('a', 1)])))
except Exception as e:
    print(40, type(e).__name__, e)
try:
    print(41, repr(bool.__name__))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(42, repr(NotImplemented.__class__.__name__))
except Exception as e:
    print(42, type(e).__name__, e)
try:
    print(43, repr(Ellipsis == ...))
except Exception as e:
    print(43, type(e).__name__, e)
try:
    print(44, repr(print is print))
except Exception as e:
    print(44, type(e).__name__, e)
try:
    print(45, repr(len(range(2**64))))
except Exception as e:
    print(45, type(e).__name__, e)
try:
    print(46, repr(range(2**64)[-1]))
except Exception as e:
    print(46, type(e).__name__, e)
try:
    print(47, repr(slice(1, 2, 3).step))
except Exception as e:
    print(47, type(e).__name__, e)
try:
    print(48, repr(memoryview if False else 0))
except Exception as e:
    print(48, type(e).__name__, e)
try:
    print(49, repr(bytes.maketrans(b'a', b'b')))
except Exception as e:
    print(49, type(e).__name__, e)
try:
    print(50, repr(bytearray(b'ab').hex()))
except Exception as e:
    print(50, type(e).__name__, e)
try:
    print(51, repr(bytes(3).count(0)))
except Exception as e:
    print(51, type(e).__name__, e)
try:
    print(52, repr(iter([]).__next__ is not None))
except Exception as e:
    print(52, type(e).__name__, e)
try:
    print(53, repr(next(iter(range(0)), 'd')))
except Exception as e:
    print(53, type(e).__name__, e)
try:
    print(54, repr(list(iter(int, 1))[:0] if False else 0))
except Exception as e:
    print(54, type(e).__name__, e)
try:
    print(56, repr(list(zip('a', strict=False))))
except Exception as e:
    print(56, type(e).__name__, e)
try:
    print(57, repr(enumerate([], start=-1).__next__ if False else 0))
except Exception as e:
    print(57, type(e).__name__, e)
try:
    print(58, repr(open if False else 0))
except Exception as e:
    print(58, type(e).__name__, e)
try:
    print(59, repr(input if False else 0))
except Exception as e:
    print(59, type(e).__name__, e)
try:
    print(60, repr(globals() is globals()))
except Exception as e:
    print(60, type(e).__name__, e)
try:
    print(61, repr(locals() is not None))
except Exception as e:
    print(61, type(e).__name__, e)
try:
    print(62, repr(str(object)[:6]))
except Exception as e:
    print(62, type(e).__name__, e)
try:
    print(63, repr(repr(object())[:8]))
except Exception as e:
    print(63, type(e).__name__, e)
try:
    print(64, repr(object().__class__))
except Exception as e:
    print(64, type(e).__name__, e)
try:
    print(65, repr(type.__name__))
except Exception as e:
    print(65, type(e).__name__, e)
try:
    print(66, repr(issubclass(int, object)))
except Exception as e:
    print(66, type(e).__name__, e)
try:
    print(67, repr(object.__name__))
except Exception as e:
    print(67, type(e).__name__, e)
try:
    print(68, repr((1).__class__.__class__))
except Exception as e:
    print(68, type(e).__name__, e)
try:
    print(69, repr(int.__class__))
except Exception as e:
    print(69, type(e).__name__, e)
try:
    print(70, repr(sorted({3: 1, 1: 2})))
except Exception as e:
    print(70, type(e).__name__, e)
try:
    print(71, repr(list({}.items())))
except Exception as e:
    print(71, type(e).__name__, e)
try:
    print(72, repr(ascii(b'x')))
except Exception as e:
    print(72, type(e).__name__, e)
try:
    print(73, repr(ascii(['é'])))
except Exception as e:
    print(73, type(e).__name__, e)
try:
    print(74, repr(repr(1.0e-5)))
except Exception as e:
    print(74, type(e).__name__, e)
try:
    print(75, repr(repr(1.5e300)))
except Exception as e:
    print(75, type(e).__name__, e)
try:
    print(76, repr(float.fromhex if False else 0))
except Exception as e:
    print(76, type(e).__name__, e)
try:
    print(77, repr((0.1).hex()))
except Exception as e:
    print(77, type(e).__name__, e)
try:
    print(78, repr((-1.5).hex()))
except Exception as e:
    print(78, type(e).__name__, e)
