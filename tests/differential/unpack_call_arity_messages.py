
def f(a, b, /, c, *, d): pass
def g(*, x): pass
def h(a=1, *args, **kw): pass
class K:
    def m(self, a): pass
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a): pass
    def __init__(self, v): pass
try:
    print(0, repr(f()))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr(f(1)))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(2, repr(f(1, 2)))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr(f(1, 2, 3)))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr(f(1, 2, 3, 4)))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr(f(1, 2, 3, d=4, e=5)))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(6, repr(f(a=1, b=2, c=3, d=4)))
except Exception as e:
    print(6, type(e).__name__, e)
try:
    print(7, repr(0))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr(g(1)))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr(g()))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr(g(y=1)))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr(g(1, x=2)))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr(h(1, a=2)))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr(K.m()))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr(K().m()))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr(K().m(1, 2)))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(16, repr(K.cm()))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr(K.cm(1, 2)))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr(K.sm()))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr(K()))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(20, repr(K(1, 2)))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr(K(v=1, w=2)))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr(K.m(1, 2)))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(24, repr(len(1, 2)))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(27, repr(abs(1, 2)))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr(int(1, 2, 3)))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr(str(1, 2, 3, 4)))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(31, repr(dict(1, 2)))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(32, repr(range()))
except Exception as e:
    print(32, type(e).__name__, e)
try:
    print(33, repr(range(1, 2, 3, 4)))
except Exception as e:
    print(33, type(e).__name__, e)
try:
    print(34, repr(sorted()))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(35, repr(sorted([], [])))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr(min()))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr(max(key=len)))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr(print(sep=1)))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(39, repr(print(end=5)))
except Exception as e:
    print(39, type(e).__name__, e)
try:
    print(41, repr(map(str)))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(49, repr(round(1, 2, 3)))
except Exception as e:
    print(49, type(e).__name__, e)
try:
    print(53, repr(ascii(1, 2)))
except Exception as e:
    print(53, type(e).__name__, e)
try:
    print(55, repr(pow(1)))
except Exception as e:
    print(55, type(e).__name__, e)
try:
    print(58, repr(all(1, 2)))
except Exception as e:
    print(58, type(e).__name__, e)
try:
    print(59, repr([].append()))
except Exception as e:
    print(59, type(e).__name__, e)
try:
    print(60, repr([].append(1, 2)))
except Exception as e:
    print(60, type(e).__name__, e)
try:
    print(61, repr([].insert(1)))
except Exception as e:
    print(61, type(e).__name__, e)
try:
    print(62, repr({}.get()))
except Exception as e:
    print(62, type(e).__name__, e)
try:
    print(63, repr({}.pop()))
except Exception as e:
    print(63, type(e).__name__, e)
try:
    print(64, repr(''.join()))
except Exception as e:
    print(64, type(e).__name__, e)
try:
    print(65, repr(''.split(1, 2, 3)))
except Exception as e:
    print(65, type(e).__name__, e)
try:
    print(66, repr(''.replace('a')))
except Exception as e:
    print(66, type(e).__name__, e)
try:
    print(67, repr((1).to_bytes if False else 0))
except Exception as e:
    print(67, type(e).__name__, e)
try:
    print(68, repr({}.update(1, 2)))
except Exception as e:
    print(68, type(e).__name__, e)
try:
    print(69, repr(set().add()))
except Exception as e:
    print(69, type(e).__name__, e)
try:
    print(70, repr(object(1)))
except Exception as e:
    print(70, type(e).__name__, e)
try:
    print(71, repr(type()))
except Exception as e:
    print(71, type(e).__name__, e)
try:
    print(72, repr(type(1, 2)))
except Exception as e:
    print(72, type(e).__name__, e)
try:
    print(77, repr(str(object=5)))
except Exception as e:
    print(77, type(e).__name__, e)
