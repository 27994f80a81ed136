
class S:
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
class I:
    def __index__(self): return 42
class Fl:
    def __float__(self): return 2.5
class In:
    def __int__(self): return 7
class FSub(float): pass
class ISub(int): pass
try:
    print(0, repr('%s|%r|%a' % (S(), S(), S())))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr('%x' % I()))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(3, repr('%x' % 3.0))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr('%d' % Fl()))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr('%f' % Fl()))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(6, repr('%d' % In()))
except Exception as e:
    print(6, type(e).__name__, e)
try:
    print(7, repr('%f' % In()))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr('%d' % FSub(3.7)))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr('%x' % ISub(255)))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr('%e' % ISub(5)))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(12, repr('%5.2s|' % 'abcdef'))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr('%-5c|' % 'x'))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr('%.3r' % 'abcdef'))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr('%(x)s %(x)d' % {'x': 3}))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(16, repr('%*s' % (-6, 'ab') + '|'))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr('%.*s' % (2, 'abcdef')))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr('%0*d' % (5, -3)))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr('%#.3g' % 1.0))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(20, repr('%g' % 1e-5))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr('%s' % b'bytes'))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr('%r' % b'x'))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr('%i' % -0.0))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr('%.0f' % 0.5))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr('%.0f' % -0.5))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr('%+.1e' % 0))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr('% 05d' % 42))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr('%-+6d|' % 3))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr('%o' % -8))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(30, repr('%#o' % 0))
except Exception as e:
    print(30, type(e).__name__, e)
try:
    print(31, repr('%X' % 3054))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(32, repr('%#X' % 255))
except Exception as e:
    print(32, type(e).__name__, e)
try:
    print(35, repr('%s' % [1, 2]))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr('%s' % {}))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr('%(a)s' % {'a': S()}))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr('%s' % (S(),)))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(39, repr('%d%%' % 50.9))
except Exception as e:
    print(39, type(e).__name__, e)
try:
    print(40, repr('%c%c' % (0x1F600, 'é')))
except Exception as e:
    print(40, type(e).__name__, e)
try:
    print(41, repr(b'%s' % 'str'))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(42, repr(b'%x' % 255))
except Exception as e:
    print(42, type(e).__name__, e)
try:
    print(43, repr(b'%a' % 'é'))
except Exception as e:
    print(43, type(e).__name__, e)
try:
    print(44, repr('%z' % ()))
except Exception as e:
    print(44, type(e).__name__, e)
try:
    print(45, repr('%' % ()))
except Exception as e:
    print(45, type(e).__name__, e)
try:
    print(48, repr('%.f' % 2.5))
except Exception as e:
    print(48, type(e).__name__, e)
try:
    print(49, repr('%5.f|' % 2.5))
except Exception as e:
    print(49, type(e).__name__, e)
try:
    print(50, repr('%ld' % 5))
except Exception as e:
    print(50, type(e).__name__, e)
try:
    print(51, repr('%hd' % 5))
except Exception as e:
    print(51, type(e).__name__, e)
try:
    print(52, repr(format(S(), '')))
except Exception as e:
    print(52, type(e).__name__, e)
try:
    print(53, repr(format(I(), 'd') if False else 0))
except Exception as e:
    print(53, type(e).__name__, e)
try:
    print(56, repr('{:x}'.format(True)))
except Exception as e:
    print(56, type(e).__name__, e)
