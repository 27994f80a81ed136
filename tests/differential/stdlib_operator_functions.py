import operator

print(operator.add(1, 2), operator.sub(5, 3), operator.mul("ab", 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 100), operator.mod("%s-%s", (1, 2)))
print(operator.lshift(1, 70), operator.rshift(1024, 3), operator.and_(12, 10), operator.or_(12, 10))
print(operator.xor(12, 10), operator.neg(5), operator.pos(-2.5), operator.abs(-7), operator.invert(5))
print(operator.inv(0), operator.not_([]), operator.not_(3), operator.truth(""), operator.truth("x"))
print(operator.index(True), operator.index(2 ** 65), operator.neg(True))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1.0), operator.ge(1, 2), operator.gt(3, 2))
print(operator.lt([1, 2], [1, 3]), operator.eq(1, "a"), operator.gt((2,), (1, 9)))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains("abc", "b"), operator.contains({1: 2}, 2))
print(operator.countOf([1, 2, 1, 1], 1), operator.countOf("banana", "a"), operator.indexOf((4, 5, 6), 6))
print(operator.concat([1], [2, 3]), operator.concat("a", "b"), operator.concat((1,), (2,)))
print(operator.getitem([10, 20, 30], 1), operator.getitem({"k": "v"}, "k"), operator.getitem("hello", slice(1, 4)))
d = {}
operator.setitem(d, "a", 1)
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d)
lst = [1, 2, 3, 4]
operator.delitem(lst, slice(0, 2))
operator.setitem(lst, 0, 99)
print(lst)
print(operator.call(len, "abcd"), operator.call(sorted, [3, 1, 2], reverse=True))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(5))
print(operator.length_hint(5, 7), operator.length_hint(iter(range(10))), operator.length_hint(map(str, [1]), 3))
it = iter([1, 2, 3, 4])
next(it)
print(operator.length_hint(it), operator.length_hint(reversed("abc")), operator.length_hint(iter({1: 2, 3: 4})))
a = [1]
b = operator.iadd(a, [2])
print(a, b, a is b, operator.iadd(1, 2), operator.isub(5, 1), operator.imul("x", 3))
print(operator.itruediv(1, 4), operator.ifloordiv(9, 4), operator.imod(9, 4), operator.ipow(2, 5))
print(operator.ilshift(1, 3), operator.irshift(16, 2), operator.iand(7, 3), operator.ior(4, 1), operator.ixor(5, 1))
s = {1}
print(operator.ior(s, {2}), s, operator.iconcat([1], (2,)), operator.iconcat("a", "b"))
print(operator.__add__(1, 2), operator.__not__(0), operator.__getitem__("ab", 0), operator.__lt__ is operator.lt)
print(operator.add.__name__, operator.__name__, operator.itemgetter.__name__)


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __iadd__(self, o):
        self.x += o.x * 10
        return self

    def __neg__(self):
        return V(-self.x)

    def __lt__(self, o):
        return self.x < o.x

    def __getitem__(self, i):
        return self.x * i

    def __repr__(self):
        return "V(%r)" % self.x


print(operator.add(V(1), V(2)), operator.neg(V(3)), operator.lt(V(1), V(2)), operator.getitem(V(3), 4))
v = V(1)
print(operator.iadd(v, V(2)), v)
print(sorted([V(3), V(1), V(2)], key=operator.attrgetter("x")))
