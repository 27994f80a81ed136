try:
    print(2, repr(list((yield_ for yield_ in range(2)))))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr([*map(lambda x: x, (1, 2))]))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr((x for x in [1]).gi_running))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr((x for x in []).__name__))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(6, repr((x for x in []).__qualname__))
except Exception as e:
    print(6, type(e).__name__, e)
try:
    print(7, repr(type((x for x in [])).__name__))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr(iter((x for x in [1])).__next__()))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr(next(x for x in 'ab')))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr(sum(x for x in range(3) if x)))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr(list(x for x in range(3) for y in range(x))))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr([y for x in [[1, 2]] for y in x if y > 1]))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr({x: y for x, y in zip('ab', 'cd')}))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr([i for i in range(3)][-1]))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr(list(reversed([x for x in 'ab']))))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(16, repr([(a, b) for a in range(2) for b in 'xy' if a]))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr({i % 2 for i in range(5)} == {0, 1}))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr(tuple(i for i in ())))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr(any(i > 1 for i in [1, 2, 3])))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(20, repr([x for x in [1, 2] if (y := x * 2) > 2]))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr([[j for j in range(i)] for i in range(3)]))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr(list(zip(*((i, i * i) for i in range(3))))))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr(dict((i, str(i)) for i in range(2))))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr(sorted((x for x in 'cab'), reverse=True)))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr(max((len(w), w) for w in ['aa', 'b'])))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr(''.join(c.upper() for c in 'abc' if c != 'b')))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr(list(map(lambda g: list(g), [(1,), (2,)]))))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr([f() for f in [lambda: 1, lambda: 2]]))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr([(lambda v=v: v)() for v in range(3)]))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(30, repr(list(filter(None, (x % 3 for x in range(5))))))
except Exception as e:
    print(30, type(e).__name__, e)
