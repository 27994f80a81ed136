import operator

rows = [("bob", 25, "x"), ("alice", 30, "y"), ("carol", 25, "z"), ("dave", 30, "a")]
print(sorted(rows, key=operator.itemgetter(1)))
print(sorted(rows, key=operator.itemgetter(1, 0)))
print(list(map(operator.itemgetter(0), rows)))
print(operator.itemgetter(-1)("hello"), operator.itemgetter(0, -1, 2)("hello"))
print(operator.itemgetter("a", "b")({"a": 1, "b": 2}), operator.itemgetter(slice(1, 3))([1, 2, 3, 4]))
ig = operator.itemgetter(1)
print(ig, repr(operator.itemgetter(1, "a")), type(ig).__name__, type(ig))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = None

    def scale(self, k, offset=0):
        return (self.x * k + offset, self.y * k + offset)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(pts, key=operator.attrgetter("x")), sorted(pts, key=operator.attrgetter("y")))
pts[0].inner = Point(7, 8)
print(operator.attrgetter("inner.x")(pts[0]), operator.attrgetter("x", "y", "inner.y")(pts[0]))
ag = operator.attrgetter("inner.x", "y")
print(ag, operator.attrgetter("real")(5), operator.attrgetter("real.imag")(5))
mc = operator.methodcaller("scale", 2, offset=1)
print(mc, mc(pts[1]), operator.methodcaller("scale", 3)(pts[2]))
print(operator.methodcaller("upper")("abc"), operator.methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(list(map(operator.methodcaller("strip"), ["  a ", "b  "])))
print(repr(operator.methodcaller("f", "a", b=[1], c=None)))


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: operator.itemgetter())
show(lambda: operator.itemgetter(5)([1]))
show(lambda: operator.itemgetter(1)())
show(lambda: operator.itemgetter(1)(1, 2))
show(lambda: operator.itemgetter(1)([1, 2], x=1))
show(lambda: operator.attrgetter(1))
show(lambda: operator.attrgetter())
show(lambda: operator.attrgetter("nope")(pts[0]))
show(lambda: operator.attrgetter("inner.nope")(pts[0]))
show(lambda: operator.methodcaller())
show(lambda: operator.methodcaller(42))
show(lambda: operator.methodcaller("nope")(1))
show(lambda: operator.methodcaller("scale")(pts[0]))
show(lambda: operator.methodcaller("a")())
