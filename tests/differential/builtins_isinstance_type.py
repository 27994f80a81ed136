class Animal:
    pass
class Dog(Animal):
    pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, object), isinstance(d, int))
print(isinstance(5, (str, int)), isinstance("s", (int, float)), isinstance(1.5, (int, (float, str))))
print(isinstance(True, int), isinstance(None, type(None)), isinstance([], list), isinstance((), list))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(bool, (str, int)))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(int, object))
print(type(5).__name__, type("s").__name__, type([]).__name__, type(d).__name__, type(Dog).__name__)
print(type(5) is int, type(True) is int, type(d) is Animal, type(d) == Dog)
print(type(None).__name__, type(len).__name__, type(lambda: 0).__name__, type(range(1)).__name__)
print(int, str, list, type, Dog.__name__, Animal.__name__)
print(type(1)(3.7), type("x")(12), type([])("ab"))
try:
    isinstance(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(d, Dog)
except TypeError as e:
    print(type(e).__name__, e)
print(Dog.__bases__ == (Animal,), Animal.__bases__ == (object,))
