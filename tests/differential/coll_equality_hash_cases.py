class BigHash:
    def __hash__(self):
        return 2 ** 100
class BadHash:
    def __hash__(self):
        return "x"
class FloatHash:
    def __hash__(self):
        return 1.5
class EqRaises:
    def __eq__(self, o):
        raise ValueError("eq raised")
    __hash__ = object.__hash__
class EqNonBool:
    def __eq__(self, o):
        return [1]
    __hash__ = object.__hash__
nan = float("nan")
try:
    print(0, repr(hash(BigHash()) == hash(2**100)))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr(hash(BadHash())))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(2, repr(hash(FloatHash())))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr({BigHash()}.__len__()))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr(EqRaises() in [1]))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr(0))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(6, repr([EqRaises()].count(1)))
except Exception as e:
    print(6, type(e).__name__, e)
try:
    print(7, repr(EqNonBool() == 1))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr(EqNonBool() != 1))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr([EqNonBool()].index(EqNonBool()) if False else 0))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr(1 in [EqNonBool()]))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr({EqNonBool(): 1}.get(EqNonBool())))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr([nan].count(nan)))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr(nan in {nan}))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr({nan: 1}.get(nan)))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr([nan] == [float('nan')]))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(17, repr(max([nan, 1])))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr(max([1, nan])))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr(min(nan, 0)))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(20, repr((nan, 1) < (nan, 2)))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr({0: 'a'} == {0.0: 'a'}))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr([1, 2] == (1, 2)))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr([] == ()))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr('1' == 1))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr(None == 0))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr(b'a' == 'a'))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr(frozenset() == set()))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr(range(0) == range(2, 2)))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr((1, [2]) == (1, [2])))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(30, repr([[]] * 2 == [[], []]))
except Exception as e:
    print(30, type(e).__name__, e)
try:
    print(31, repr({'a': [1]} == {'a': [1]}))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(32, repr(1 == True == 1.0))
except Exception as e:
    print(32, type(e).__name__, e)
try:
    print(33, repr(0 == -0.0 == False))
except Exception as e:
    print(33, type(e).__name__, e)
try:
    print(34, repr([1,2,3] > [1,2]))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(35, repr((1,2) >= (1,2)))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr('abc' > 'abd'))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr([1, 'a'] == [1, 'a']))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr([(1, 2)] < [(1, 3)]))
except Exception as e:
    print(38, type(e).__name__, e)
