print(hash(1), hash(0), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 30))
print(hash(1.0) == hash(1), hash(True), hash(False), hash(0.5), hash(-0.0), hash(1.5))
print(hash((1, 2)), hash((1, 2)) == hash((1, 2)), hash(()), hash((None,)) == hash((None,)))
print(hash(None) == hash(None), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for unh in [[1], {1: 2}, {1}]:
    try:
        hash(unh)
    except TypeError as e:
        print(type(e).__name__, e)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
print(hash(Point(1, 2)) == hash((1, 2)), len({Point(1, 2), Point(1, 2), Point(2, 1)}))
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(2 ** 64) == hash(2 ** 64 % (2 ** 61 - 1)))
