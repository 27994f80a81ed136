class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "V(" + str(self.x) + ", " + str(self.y) + ")"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        if isinstance(o, V):
            return V(self.x - o.x, self.y - o.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        return self.__mul__(k)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x and self.y == o.y

a = V(3, 4)
b = V(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b, a / 2, a // 2, a % 2)
print(-a, +a, abs(a), a == V(3, 4), a != b)
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 - a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a ** 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~a
except TypeError as e:
    print(type(e).__name__, e)
