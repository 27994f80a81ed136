class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
    def __add__(self, other):
        print("  __add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__", other)
        if other == 0:
            return self
        if isinstance(other, int):
            return Money(other + self.cents)
        return NotImplemented
    def __rsub__(self, other):
        print("  __rsub__", other)
        return Money(other - self.cents)
    def __rtruediv__(self, other):
        return "rtruediv " + str(other)
    def __iadd__(self, other):
        print("  __iadd__", other)
        self.cents += other if isinstance(other, int) else other.cents
        return self

m = Money(100)
print(m + 5)
print(5 + m)
print(m + Money(1))
print(sum([Money(1), Money(2), Money(3)]))
print(1000 - m)
print(10 / m)
x = m
x += 7
print(x, m, x is m)
try:
    print("s" + m)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(m + "s")
except TypeError as e:
    print(type(e).__name__, e)

class Left:
    def __add__(self, o):
        return "Left.__add__"
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
class SubLeft(Left):
    def __radd__(self, o):
        return "SubLeft.__radd__"
print(Left() + Right(), 1 + Right(), Left() + SubLeft())
