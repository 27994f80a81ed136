from collections import deque, Counter, defaultdict, OrderedDict, ChainMap
try:
    print(0, repr(deque([1,2,3]).index(3, 0, 2)))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr(deque('abc')[-1]))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(2, repr(deque()[0]))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr(deque([1]) * -1))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr(deque([1,2]) + [3]))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr(deque([1,2]) == (1,2)))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(6, repr(deque(range(5), maxlen=3).maxlen))
except Exception as e:
    print(6, type(e).__name__, e)
try:
    print(7, repr(deque([3,1,2]).__reversed__().__next__()))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr(len(deque(range(100000)))))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr(deque([1,2]).count(1)))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr(repr(deque(maxlen=3))))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr(deque([1,[2]]).copy()[1] is not None))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr(sorted(deque([3,1,2]))))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr(deque('ab').extendleft('cd')))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr(Counter('aab') == Counter('aba')))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr(Counter(a=1) + Counter(a=-1)))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(16, repr(Counter(a=0).most_common()))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr(Counter('abc').most_common(0)))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr(Counter('aabbc').most_common()))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr(Counter([1, 1, 2]).elements().__next__()))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(20, repr(Counter(a=2).total()))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr(repr(Counter())))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr(Counter('ab') | Counter('bc')))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr(Counter({'a': 1}).get('b')))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr(Counter(a=3) - Counter(a=5)))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr(Counter('xyz').keys().__len__()))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr(Counter(a=1, b=2) < Counter(a=1, b=3)))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr(Counter(a=1) >= Counter()))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr(Counter.fromkeys if False else 0))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr(Counter('ab').update(None)))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(30, repr(repr(defaultdict(int))))
except Exception as e:
    print(30, type(e).__name__, e)
try:
    print(31, repr(repr(defaultdict(list, {1: [2]}))))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(32, repr(defaultdict(int).default_factory is int))
except Exception as e:
    print(32, type(e).__name__, e)
try:
    print(33, repr(defaultdict(None, a=1)['a']))
except Exception as e:
    print(33, type(e).__name__, e)
try:
    print(34, repr(defaultdict(int) == {}))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(35, repr(defaultdict(int, a=1) | {'b': 2}))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr(type(defaultdict(int, a=1) | {'b': 2}).__name__))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr(defaultdict(lambda: 'x').get('k')))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr(repr(OrderedDict())))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(39, repr(repr(OrderedDict(a=1))))
except Exception as e:
    print(39, type(e).__name__, e)
try:
    print(40, repr(OrderedDict(a=1, b=2).popitem(last=False)))
except Exception as e:
    print(40, type(e).__name__, e)
try:
    print(41, repr(list(reversed(OrderedDict(a=1, b=2)))))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(42, repr(OrderedDict.fromkeys('ab')))
except Exception as e:
    print(42, type(e).__name__, e)
try:
    print(43, repr(OrderedDict(a=1) | {'b': 2}))
except Exception as e:
    print(43, type(e).__name__, e)
try:
    print(44, repr(type(OrderedDict(a=1) | {'b': 2}).__name__))
except Exception as e:
    print(44, type(e).__name__, e)
try:
    print(45, repr(OrderedDict(b=1, a=2) == OrderedDict(a=2, b=1)))
except Exception as e:
    print(45, type(e).__name__, e)
try:
    print(46, repr(repr(ChainMap())))
except Exception as e:
    print(46, type(e).__name__, e)
try:
    print(47, repr(repr(ChainMap({'a': 1}, {'b': 2}))))
except Exception as e:
    print(47, type(e).__name__, e)
try:
    print(48, repr(list(ChainMap({'a': 1}, {'b': 2, 'a': 3}))))
except Exception as e:
    print(48, type(e).__name__, e)
try:
    print(49, repr(ChainMap({'a': 1}).parents))
except Exception as e:
    print(49, type(e).__name__, e)
try:
    print(50, repr(ChainMap({}, {'x': 1}).pop('x')))
except Exception as e:
    print(50, type(e).__name__, e)
try:
    print(51, repr(dict(ChainMap({'a': 1}, {'a': 2, 'b': 3}))))
except Exception as e:
    print(51, type(e).__name__, e)
try:
    print(52, repr(ChainMap({'a': 1}) == {'a': 1}))
except Exception as e:
    print(52, type(e).__name__, e)
try:
    print(53, repr(len(ChainMap({1: 1}, {1: 2}, {2: 2}))))
except Exception as e:
    print(53, type(e).__name__, e)
