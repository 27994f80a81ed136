class Greeter:
    greeting = "Hello"
    def __init__(self, name):
        self.name = name
    def greet(self, punct="!"):
        return self.greeting + ", " + self.name + punct

g = Greeter("Ann")
bound = g.greet
print(bound(), bound("?"))
unbound = Greeter.greet
print(unbound(g), unbound(g, "."))
fns = [Greeter("A").greet, Greeter("B").greet]
for f in fns:
    print(f())
print(bound.__self__ is g, bound.__func__ is Greeter.greet)
def outside(self):
    return "outside " + self.name
Greeter.outside = outside
print(g.outside())
g.attr_fn = lambda: "instance fn, no self"
print(g.attr_fn())
class Chain:
    def __init__(self):
        self.log = []
    def a(self):
        self.log.append("a")
        return self
    def b(self, v):
        self.log.append("b" + str(v))
        return self
print(Chain().a().b(1).a().b(2).log)
print(list(map(Greeter.greet, [Greeter("X"), Greeter("Y")])))
try:
    Greeter.greet()
except TypeError as e:
    print(type(e).__name__, e)
