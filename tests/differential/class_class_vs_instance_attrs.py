class Counter:
    total = 0
    instances = []
    def __init__(self, name):
        self.name = name
        self.count = 0
        Counter.total += 1
        self.instances.append(name)
    def inc(self):
        self.count += 1
        Counter.total += 1
        return self

a = Counter("a")
b = Counter("b")
a.inc().inc()
b.inc()
print(a.count, b.count, Counter.total, a.total, b.total)
print(Counter.instances, a.instances is b.instances)
a.total = -1
print(a.total, b.total, Counter.total)
del a.total
print(a.total)

class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
class Own:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
o1, o2 = Own(), Own()
o1.add(1); o2.add(2)
print(s1.items, s2.items, o1.items, o2.items)

class Sub(Counter):
    total = 100
print(Sub.total, Counter.total)
sb = Sub("sub")
print(Sub.total, Counter.total, sb.total)
print("total" in Counter.__dict__, "name" in a.__dict__, "inc" in Counter.__dict__)
