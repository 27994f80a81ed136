class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return self.name + " with " + str(self.sides) + " sides, area " + str(self.area())

class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
    def describe(self):
        return "[" + super().describe() + "]"

class Tri(Shape):
    sides = 3
    def __init__(self, b, h):
        Shape.__init__(self, "tri")
        self.b = b
        self.h = h
    def area(self):
        return self.b * self.h / 2

for s in [Shape("blob"), Rect(2, 3), Square(4), Tri(3, 5)]:
    print(s.describe())
sq = Square(2)
print(isinstance(sq, Rect), isinstance(sq, Shape), isinstance(sq, Tri), issubclass(Square, Shape))
print(Square.__bases__[0].__name__, Square.__mro__[1].__name__, len(Square.__mro__))
print(Square.sides, Tri.sides, Shape.sides)

class Base:
    def hello(self):
        return "base hello"
    def call_hello(self):
        return self.hello()
class Child(Base):
    def hello(self):
        return "child hello / " + super().hello()
print(Child().call_hello(), Base().call_hello())
