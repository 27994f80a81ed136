class Animal:
    def __init__(self, name):
        self.name = name
    def sound(self):
        raise NotImplementedError("subclass must implement sound")
    def speak(self):
        return self.name + " says " + self.sound()

class Dog(Animal):
    def sound(self):
        return "woof"
class Cat(Animal):
    def sound(self):
        return "meow"
class Puppy(Dog):
    def sound(self):
        return super().sound() + " (squeaky)"
class Fish(Animal):
    pass

for a in [Dog("Rex"), Cat("Tom"), Puppy("Bit"), Fish("Nemo")]:
    try:
        print(a.speak())
    except NotImplementedError as e:
        print(type(e).__name__, e)

def count_types(items):
    counts = {}
    for it in items:
        n = type(it).__name__
        counts[n] = counts.get(n, 0) + 1
    return counts
print(count_types([Dog("a"), Cat("b"), Dog("c"), Puppy("d")]))
dogs = 0
for a in [Dog("a"), Cat("b"), Puppy("c")]:
    if isinstance(a, Dog):
        dogs += 1
print("dogs", dogs)
