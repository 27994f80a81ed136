class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def scale(self, k):
        self.x *= k
        self.y *= k
        return self

p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.moved(1, -1)
print(q.x, q.y, p.x)
p.scale(2).scale(10)
print(p.x, p.y)
p.z = "dynamic"
print(p.z, hasattr(q, "z"))
p.dims = 3
print(p.dims, q.dims, Point.dims)
Point.dims = 5
print(p.dims, q.dims)
del p.dims
print(p.dims)
m = p.norm2
print(m())
print(Point.norm2(q))
print(type(p).__name__, isinstance(p, Point), p.__class__.__name__)
print(sorted(p.__dict__.items()))
try:
    p.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
