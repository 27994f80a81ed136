# complex: construction, repr, arithmetic, abs, real/imag, conjugate, equality, hash.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


a = complex(1, 2)
b = complex(3.5, -1)
print(a, b, repr(a), str(b), complex(), complex(0, 1), complex(2), complex(-0.0, -1))
print(complex(0, -0.0), complex(-1.5), complex(1e16, 1e-5), complex(float("inf"), float("nan")))
print(a.real, a.imag, type(a.real).__name__, a.conjugate(), b.conjugate(), complex.conjugate(a))
print(a + b, a - b, a * b, a / b, -a, +a, a + 1, 1 + a, a * 2.5, 2 / a, a - 1.5, 10 - a)
print(a ** 2, a ** 0, a ** -1, a ** 0.5, 2 ** a, a ** b, complex(0, 0) ** 0, a ** 3)
print(abs(complex(3, 4)), abs(complex(-1, 0)), abs(complex(0, 0)), abs(complex(float("inf"), float("nan"))))
print(a == complex(1, 2), a != b, complex(2, 0) == 2, complex(2, 0) == 2.0, complex(2, 1) == 2, a == "x")
print(complex(1, 0) == True, 1 == complex(1, 0), 2.0 == complex(2, 0), complex(2 ** 53 + 1, 0) == 2 ** 53 + 1)
print(hash(complex(1, 0)) == hash(1), hash(complex(0, 1)), hash(complex(1.5, -2.5)), hash(a) == hash(complex(1, 2)))
print(bool(complex(0, 0)), bool(complex(0, 1)), bool(complex(-0.0, 0)))
print({a: 1}[complex(1, 2)], len({complex(1, 0), 1, 1.0}), [complex(1, 1)] * 2)
print(complex("1+2j"), complex(" ( -1.5e3-j ) "), complex("j"), complex("2"), complex("1e-3J"), complex("-inf+nanj"))
print(complex(a), complex(a) is a, complex(a, 1), complex(1, a), complex(a, a), complex(True, False))


class C:
    def __complex__(self):
        return complex(7, 8)


class Bad:
    def __complex__(self):
        return 5


class F:
    def __float__(self):
        return 2.5


class Sub(complex):
    pass


print(complex(C()), complex(F()), complex(F(), F()))
s = Sub(1, 2)
print(type(s).__name__, s, s + 1, type(s + 1).__name__, isinstance(s, complex), s.real)
show("div zero", lambda: a / 0)
show("div zero c", lambda: a / complex(0, 0))
show("zero neg pow", lambda: complex(0, 0) ** -1)
show("zero complex pow", lambda: complex(0, 0) ** a)
show("pow mod", lambda: pow(a, 2, 3))
show("overflow pow", lambda: complex(1e200, 1e200) ** 2)
show("abs overflow", lambda: abs(complex(1e308, 1e308)))
show("lt", lambda: a < b)
show("floordiv", lambda: a // 2)
show("mod", lambda: a % 2)
show("int", lambda: int(a))
show("float", lambda: float(a))
show("str+real", lambda: complex("1", 2))
show("real+str", lambda: complex(1, "2"))
show("malformed", lambda: complex("1+"))
show("malformed 2", lambda: complex("1 + 2j"))
show("none", lambda: complex(None))
show("none imag", lambda: complex(1, None))
show("list", lambda: complex([1]))
show("bad complex", lambda: complex(Bad()))
show("add str", lambda: a + "x")
show("too many", lambda: complex(1, 2, 3))
show("kw", lambda: complex(real=1, imag=2))
print(sum([complex(1, 1), complex(2, -1)]), complex(1, 2) * complex(1, -2), f"{a}", "%s" % (b,))
print((-8.0) ** (1 / 3), (-1) ** 0.5, (-2.5) ** 1.5, type((-4) ** 0.5).__name__, (-8) ** 2.0)
