class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return f"V{tuple(self.c)}"
    def _op(self, other, f, name):
        if isinstance(other, V):
            return V(*[f(a, b) for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return V(*[f(a, other) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b, "add")
    def __radd__(self, o): return self._op(o, lambda a, b: b + a, "radd")
    def __sub__(self, o): return self._op(o, lambda a, b: a - b, "sub")
    def __rsub__(self, o): return self._op(o, lambda a, b: b - a, "rsub")
    def __mul__(self, o): return self._op(o, lambda a, b: a * b, "mul")
    def __rmul__(self, o): return self._op(o, lambda a, b: b * a, "rmul")
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b, "div")
    def __rtruediv__(self, o): return self._op(o, lambda a, b: b / a, "rdiv")
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b, "fdiv")
    def __rfloordiv__(self, o): return self._op(o, lambda a, b: b // a, "rfdiv")
    def __mod__(self, o): return self._op(o, lambda a, b: a % b, "mod")
    def __rmod__(self, o): return self._op(o, lambda a, b: b % a, "rmod")
    def __pow__(self, o, mod=None):
        if mod is not None:
            return V(*[pow(a, o, mod) for a in self.c])
        return self._op(o, lambda a, b: a ** b, "pow")
    def __rpow__(self, o): return self._op(o, lambda a, b: b ** a, "rpow")
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __lshift__(self, n): return V(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n): return V(*(self.c[-n:] + self.c[:-n]))
    def __and__(self, o): return self._op(o, lambda a, b: a & b, "and")
    def __or__(self, o): return self._op(o, lambda a, b: a | b, "or")
    def __xor__(self, o): return self._op(o, lambda a, b: a ^ b, "xor")
    def __rand__(self, o): return self._op(o, lambda a, b: b & a, "rand")
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return V(*[+a for a in self.c])
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])
    def __divmod__(self, o): return (self // o, self % o)
    def __rdivmod__(self, o): return (o // self, o % self)

a = V(7, -8, 9)
b = V(2, 3, -4)
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(1 + a, 10 - a, 2 * a, 12 / V(3, 4), 100 // a, 50 % a)
print(a ** 2, 2 ** V(1, 2, 3), pow(a, 2, 5))
print(a @ b, a << 1, a >> 1)
print(a & 6, a | 1, a ^ 3, 6 & a)
print(-a, +a, abs(a), ~a)
print(divmod(a, 3), divmod(20, V(3, 6)))
try:
    a + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" - a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 ^ V(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a @ 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    5 @ a
except TypeError as e:
    print(type(e).__name__, e)

class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(V(1) + Sub(2))
print(Sub(2) + V(1))
