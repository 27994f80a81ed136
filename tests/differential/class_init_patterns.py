class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children if children is not None else []
    def add(self, child):
        self.children.append(child)
        return child
    def size(self):
        n = 1
        for c in self.children:
            n += c.size()
        return n
    def depth(self):
        best = 0
        for c in self.children:
            d = c.depth()
            if d > best:
                best = d
        return best + 1
    def walk(self, indent=0):
        print("  " * indent + str(self.value))
        for c in self.children:
            c.walk(indent + 1)

root = Node("root")
a = root.add(Node("a"))
b = root.add(Node("b"))
a.add(Node("a1"))
a.add(Node("a2")).add(Node("a2x"))
b.add(Node("b1"))
root.walk()
print(root.size(), root.depth(), len(Node(0).children), Node(1).children is not Node(2).children)

class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    def set_f(self, f):
        self.celsius = (f - 32) * 5 / 9
for c in [-40, 0, 37, 100]:
    print(c, Temperature(c).fahrenheit())
t = Temperature()
t.set_f(212)
print(t.celsius)
class ReturnsValue:
    def __init__(self):
        return None
print(type(ReturnsValue()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
