try:
    print(0, repr([1,2,3].index(2, -1)))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr([1,2,3].index(3, 0, -1)))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(2, repr([].insert('a', 1)))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr([1,2][::-1][5:]))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr(list(range(5))[1:-1:2]))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr([1,2,3].pop(-4)))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(6, repr([0]*3 + [1]))
except Exception as e:
    print(6, type(e).__name__, e)
try:
    print(7, repr([1,[2]].count([2])))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr(sorted([3,1,2], reverse=1)))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr(list.copy([1])))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr({1:2}.popitem()))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr(dict([(1,2),[3,4]])))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr(dict(a=1) == {'a':1}))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr({}.fromkeys('ab', [])))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr(dict.fromkeys([], 1)))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr({'a':1}.pop('b')))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(16, repr({'a':1}.get()))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr(set([1,2]).pop() in (1,2)))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr(frozenset('ab') | set('c') == {'a','b','c'}))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr({1,2} - [1]))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(20, repr({1,2}.issubset([1,2,3])))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr(set().union()))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr({1}.update(5)))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr(tuple('ab') * -2))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr((1,2).index(2, 5)))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr([].remove(None)))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr([1,2,3][1:2] == [2]))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr([1, 2] * 0))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr(list(reversed([]))))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr(sum([0.1]*10) == 1.0))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(30, repr(list(zip([1],[2],[3]))))
except Exception as e:
    print(30, type(e).__name__, e)
try:
    print(31, repr(list(enumerate('ab', -5))))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(32, repr(min([[2],[1,9]])))
except Exception as e:
    print(32, type(e).__name__, e)
try:
    print(33, repr(max('abc', key=ord)))
except Exception as e:
    print(33, type(e).__name__, e)
try:
    print(34, repr(sorted([(1,'b'),(1,'a')])))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(35, repr([1,2,3][True:]))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr([1,2,3][:-True]))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(38, repr(len([[]]*3)))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(39, repr(range(3)[5]))
except Exception as e:
    print(39, type(e).__name__, e)
try:
    print(40, repr(range(0, 10, -1)[0]))
except Exception as e:
    print(40, type(e).__name__, e)
try:
    print(41, repr(list(range(5, 0, -2))))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(43, repr(range(1, 10, 2)[-1:0:-1]))
except Exception as e:
    print(43, type(e).__name__, e)
try:
    print(44, repr(divmod(-7, 2)))
except Exception as e:
    print(44, type(e).__name__, e)
try:
    print(45, repr((-7).__floordiv__(2)))
except Exception as e:
    print(45, type(e).__name__, e)
try:
    print(46, repr((7).__rfloordiv__(-2)))
except Exception as e:
    print(46, type(e).__name__, e)
try:
    print(47, repr(int.__truediv__(1, 2)))
except Exception as e:
    print(47, type(e).__name__, e)
try:
    print(48, repr((5).__mod__(0)))
except Exception as e:
    print(48, type(e).__name__, e)
try:
    print(53, repr((1.5).__floor__() if False else 0))
except Exception as e:
    print(53, type(e).__name__, e)
try:
    print(54, repr(abs(-0)))
except Exception as e:
    print(54, type(e).__name__, e)
try:
    print(55, repr(hash(-1) == hash(-2)))
except Exception as e:
    print(55, type(e).__name__, e)
try:
    print(56, repr((-1).__hash__()))
except Exception as e:
    print(56, type(e).__name__, e)
try:
    print(57, repr((10**20).__hash__() == hash(10**20)))
except Exception as e:
    print(57, type(e).__name__, e)
try:
    print(58, repr(int('1'*4300) > 0))
except Exception as e:
    print(58, type(e).__name__, e)
try:
    print(59, repr(str(10**4300)[:3]))
except Exception as e:
    print(59, type(e).__name__, e)
