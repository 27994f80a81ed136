class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  A.__lt__")
        if isinstance(other, A):
            return self.v < other.v
        return NotImplemented
    def __eq__(self, other):
        print("  A.__eq__")
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented

x, y = A(1), A(2)
print(x < y)
print(y > x)
print(x == A(1))
print(x != y)
print(x == 5)
print(5 == x)
try:
    print(x <= y)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(x > 3)
except TypeError as e:
    print(type(e).__name__, e)

class B:
    def __gt__(self, other):
        return "B.__gt__ reflected"
print(1 < B())
print(B() > 1)

class Sub(A):
    def __eq__(self, other):
        print("  Sub.__eq__")
        return "sub wins"
print(A(1) == Sub(1))
