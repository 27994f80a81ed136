try:
    print(0, repr(int.__add__(1, 'x')))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr(str.__add__('a', 1)))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(2, repr(list.__getitem__([1], 'a')))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr(str.upper(5)))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr(list.append((), 1)))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr(dict.__setitem__([], 1, 2)))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(7, repr(int.__new__(str)))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr(str.join(5, [])))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr(float.__add__(1.0, 2)))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr(tuple.__len__([1])))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr(dict.get([], 1)))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr(set.add([], 1)))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr(list.__len__('ab')))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr(str.__len__(5)))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr(type.__call__(5)))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(16, repr(int.__str__('x')))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr(object.__repr__(5)[:5]))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr(object.__eq__(1, 1)))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr(object.__hash__(5) == hash(5)))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(20, repr(bytes.decode('x')))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr(str.__contains__('abc', 1)))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr(list.__contains__([1], 'x')))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr(dict.__getitem__({}, [])))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr(int.bit_length('x')))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr(object.__getattribute__(5, 'real')))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr(type.__getattribute__(int, 'real')))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr(object.__setattr__(5, 'x', 1)))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr(object.__init__(5, 1)))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr(str.__new__(int)))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(30, repr(list.__iter__(5)))
except Exception as e:
    print(30, type(e).__name__, e)
try:
    print(32, repr(object.__format__(1, 'x')))
except Exception as e:
    print(32, type(e).__name__, e)
try:
    print(34, repr(str.__mul__('a', 'b')))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(35, repr(list.__mul__([1], 2)))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr(str.__getitem__('abc', None)))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr(list.__setitem__([1], 0.5, 1)))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr(int.__neg__('x')))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(41, repr(list.sort([3,1], key=5)))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(42, repr(dict.fromkeys(5)))
except Exception as e:
    print(42, type(e).__name__, e)
