import operator


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


show("add(1)", lambda: operator.add(1))
show("add(1,2,3)", lambda: operator.add(1, 2, 3))
show("neg()", lambda: operator.neg())
show("not_(1, 2)", lambda: operator.not_(1, 2))
show("neg(x=1)", lambda: operator.neg(x=1))
show("add(1, b=2)", lambda: operator.add(1, b=2))
show("is_(1)", lambda: operator.is_(1))
show("setitem({}, 1)", lambda: operator.setitem({}, 1))
show("indexOf miss", lambda: operator.indexOf([1, 2], 3))
show("indexOf int", lambda: operator.indexOf(1, 1))
show("countOf int", lambda: operator.countOf(1, 1))
show("concat ints", lambda: operator.concat(1, 2))
show("concat list tuple", lambda: operator.concat([1], (2,)))
show("contains int", lambda: operator.contains(1, 1))
show("length_hint str default", lambda: operator.length_hint(5, "x"))
show("length_hint()", lambda: operator.length_hint())
show("length_hint 3 args", lambda: operator.length_hint([], 1, 2))
show("index(1.5)", lambda: operator.index(1.5))
show("truediv(1, 0)", lambda: operator.truediv(1, 0))
show("abs('a')", lambda: operator.abs("a"))
show("invert(1.5)", lambda: operator.invert(1.5))
show("matmul(1, 2)", lambda: operator.matmul(1, 2))
show("imatmul(1, 2)", lambda: operator.imatmul(1, 2))
show("ipow('a', 2)", lambda: operator.ipow("a", 2))
show("lt(1, 'a')", lambda: operator.lt(1, "a"))
show("getitem({}, 'k')", lambda: operator.getitem({}, "k"))
show("getitem([], 3)", lambda: operator.getitem([], 3))
show("delitem((1,), 0)", lambda: operator.delitem((1,), 0))
show("call()", lambda: operator.call())
show("sub('a', 1)", lambda: operator.sub("a", 1))


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


show("hint 4", lambda: operator.length_hint(Hint(4)))
show("hint NotImplemented", lambda: operator.length_hint(Hint(NotImplemented), 9))
show("hint -2", lambda: operator.length_hint(Hint(-2)))
show("hint str", lambda: operator.length_hint(Hint("x")))
operator.itemgetter(3)([1, 2])
