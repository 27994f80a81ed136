def add(a, b, c=10):
    return a + b + c

print(add(1, 2))
print(add(1, 2, 3))
print(add(1, b=5))
print(add(c=1, b=2, a=3))

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))

def mutable_default(x, acc=[]):
    acc.append(x)
    return acc

print(mutable_default(1))
print(mutable_default(2))
print(mutable_default(3, []))
print(mutable_default(4))

counter = 5
def captured(v=counter):
    return v
counter = 99
print(captured())
print(captured(7))

def none_default(x=None):
    if x is None:
        x = "default"
    return x
print(none_default(), none_default(0), none_default(""))
