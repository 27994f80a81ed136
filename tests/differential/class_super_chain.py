class A:
    def __init__(self, x):
        print("A.__init__", x)
        self.x = x
    def who(self):
        return "A"
    def chain(self):
        return ["A"]

class B(A):
    def __init__(self, x, y):
        print("B.__init__", x, y)
        super().__init__(x)
        self.y = y
    def who(self):
        return "B>" + super().who()
    def chain(self):
        return super().chain() + ["B"]

class C(B):
    def __init__(self, x, y, z):
        print("C.__init__", x, y, z)
        super().__init__(x, y)
        self.z = z
    def who(self):
        return "C>" + super().who()
    def chain(self):
        r = super().chain()
        r.append("C")
        return r

c = C(1, 2, 3)
print(c.x, c.y, c.z, c.who(), c.chain())
print(B(5, 6).who(), A(7).who())
class D(C):
    pass
d = D(0, 0, 0)
print(d.who(), d.chain(), type(d).__name__)
class E(A):
    def who(self):
        return "E>" + super(E, self).who()
print(E(9).who())
class NoInit(A):
    def extra(self):
        return self.x * 2
print(NoInit(21).extra())
