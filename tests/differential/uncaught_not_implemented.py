class Base:
    def area(self):
        raise NotImplementedError("area() not implemented for " + type(self).__name__)

class Square(Base):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

class Blob(Base):
    pass

for shape in [Square(3), Square(5), Blob()]:
    print(type(shape).__name__, shape.area())
