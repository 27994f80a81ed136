import itertools, functools, operator, math
try:
    print(0, repr(list(itertools.islice('abc', None))))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr(list(itertools.islice('abcdef', 1, None, None))))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(2, repr(list(itertools.islice('abc', 0))))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr(itertools.islice('abc', 'x')))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr(list(itertools.accumulate([]))))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr(list(itertools.accumulate([1,2], initial=None))))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(6, repr(list(itertools.product('ab', repeat=0))))
except Exception as e:
    print(6, type(e).__name__, e)
try:
    print(7, repr(itertools.product('a', repeat=-1)))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr(list(itertools.combinations(range(4), 0))))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr(list(itertools.permutations('ab', 3))))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr(list(itertools.zip_longest())))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr(list(itertools.zip_longest([1], fillvalue=0))))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr(list(itertools.chain.from_iterable([[1], 'a', (2,)]))))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr(list(itertools.compress('abc', [1]))))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr(list(itertools.starmap(max, [[1, 2], 'ab']))))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr(list(itertools.takewhile(bool, []))))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(16, repr(next(itertools.count(2**70))))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr(next(itertools.count(0.5, 0.25))))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr(list(itertools.repeat(1, 0))))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr([list(g) for k, g in itertools.groupby('')]))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(20, repr(list(itertools.batched([], 2))))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr(list(itertools.pairwise(''))))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr(itertools.tee([1], -1)))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr(len(itertools.tee([1], 3))))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr(list(itertools.filterfalse(None, [0, 1, '', 'a']))))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr(functools.reduce(operator.add, ['a', 'b'], 'x')))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr(functools.reduce(operator.add, [1])))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr(operator.itemgetter(1, 0)('ab')))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr(operator.attrgetter('real', 'imag')(5)))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr(operator.methodcaller('split', ',')('a,b')))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(30, repr(operator.add(1, 2)))
except Exception as e:
    print(30, type(e).__name__, e)
try:
    print(31, repr(operator.concat([1], [2])))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(32, repr(operator.contains([1], 1)))
except Exception as e:
    print(32, type(e).__name__, e)
try:
    print(33, repr(operator.getitem('abc', slice(1, None))))
except Exception as e:
    print(33, type(e).__name__, e)
try:
    print(34, repr(operator.index(True)))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(35, repr(operator.neg(-3)))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr(operator.truth([])))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr(operator.is_(None, None)))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr(operator.countOf([1, 1, 2], 1)))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(39, repr(operator.indexOf('abc', 'c')))
except Exception as e:
    print(39, type(e).__name__, e)
try:
    print(40, repr(operator.concat('a', 1)))
except Exception as e:
    print(40, type(e).__name__, e)
try:
    print(41, repr(operator.itemgetter('k')({'k': 9})))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(42, repr(operator.length_hint([1, 2])))
except Exception as e:
    print(42, type(e).__name__, e)
try:
    print(43, repr(operator.length_hint(iter([1, 2, 3]))))
except Exception as e:
    print(43, type(e).__name__, e)
try:
    print(44, repr(operator.pow(2, 5)))
except Exception as e:
    print(44, type(e).__name__, e)
try:
    print(45, repr(operator.floordiv(7, -2)))
except Exception as e:
    print(45, type(e).__name__, e)
try:
    print(46, repr(operator.mod(-7, 3)))
except Exception as e:
    print(46, type(e).__name__, e)
try:
    print(47, repr(operator.lshift(1, 4)))
except Exception as e:
    print(47, type(e).__name__, e)
try:
    print(48, repr(operator.inv(5)))
except Exception as e:
    print(48, type(e).__name__, e)
try:
    print(49, repr(operator.xor(5, 3)))
except Exception as e:
    print(49, type(e).__name__, e)
try:
    print(50, repr(operator.iadd([1], [2])))
except Exception as e:
    print(50, type(e).__name__, e)
try:
    print(51, repr(functools.partial(max, 5)(3, 9)))
except Exception as e:
    print(51, type(e).__name__, e)
try:
    print(52, repr(functools.partial(sorted, reverse=True)([1, 3, 2])))
except Exception as e:
    print(52, type(e).__name__, e)
try:
    print(53, repr(repr(functools.partial(int, base=2))[:18]))
except Exception as e:
    print(53, type(e).__name__, e)
try:
    print(54, repr(math.gcd()))
except Exception as e:
    print(54, type(e).__name__, e)
try:
    print(55, repr(math.lcm(0, 5)))
except Exception as e:
    print(55, type(e).__name__, e)
try:
    print(56, repr(math.isqrt(0)))
except Exception as e:
    print(56, type(e).__name__, e)
try:
    print(57, repr(math.comb(10, 0)))
except Exception as e:
    print(57, type(e).__name__, e)
try:
    print(58, repr(math.perm(3, 5)))
except Exception as e:
    print(58, type(e).__name__, e)
try:
    print(59, repr(math.prod([2, 2.5])))
except Exception as e:
    print(59, type(e).__name__, e)
try:
    print(60, repr(math.fsum([1e100, 1, -1e100])))
except Exception as e:
    print(60, type(e).__name__, e)
try:
    print(61, repr(math.copysign(0.0, -1)))
except Exception as e:
    print(61, type(e).__name__, e)
try:
    print(62, repr(math.trunc(-0.5)))
except Exception as e:
    print(62, type(e).__name__, e)
try:
    print(63, repr(math.floor(-0.0)))
except Exception as e:
    print(63, type(e).__name__, e)
try:
    print(64, repr(math.ceil(-0.5)))
except Exception as e:
    print(64, type(e).__name__, e)
try:
    print(65, repr(math.sqrt(0.0)))
except Exception as e:
    print(65, type(e).__name__, e)
try:
    print(66, repr(math.log(1)))
except Exception as e:
    print(66, type(e).__name__, e)
try:
    print(67, repr(math.log1p(0)))
except Exception as e:
    print(67, type(e).__name__, e)
try:
    print(68, repr(math.expm1(0)))
except Exception as e:
    print(68, type(e).__name__, e)
try:
    print(69, repr(math.atan(math.inf)))
except Exception as e:
    print(69, type(e).__name__, e)
try:
    print(70, repr(math.isclose(1e-10, 0)))
except Exception as e:
    print(70, type(e).__name__, e)
try:
    print(71, repr(math.isclose(1e-10, 0, abs_tol=1e-9)))
except Exception as e:
    print(71, type(e).__name__, e)
try:
    print(72, repr(math.cbrt(27)))
except Exception as e:
    print(72, type(e).__name__, e)
try:
    print(73, repr(math.exp2(3)))
except Exception as e:
    print(73, type(e).__name__, e)
try:
    print(74, repr(math.sumprod([1, 2], [3, 4])))
except Exception as e:
    print(74, type(e).__name__, e)
try:
    print(75, repr(math.dist([1], [1, 2])))
except Exception as e:
    print(75, type(e).__name__, e)
try:
    print(76, repr(math.factorial(True)))
except Exception as e:
    print(76, type(e).__name__, e)
try:
    print(77, repr(math.gamma(5)))
except Exception as e:
    print(77, type(e).__name__, e)
try:
    print(78, repr(math.lgamma(1)))
except Exception as e:
    print(78, type(e).__name__, e)
try:
    print(79, repr(math.erf(0)))
except Exception as e:
    print(79, type(e).__name__, e)
