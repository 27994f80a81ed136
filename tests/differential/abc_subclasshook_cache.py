# The positive and negative caches: __subclasshook__ runs once per class until a
# register() call invalidates the negative cache.
import abc

calls = []

class Shape(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        if cls is Shape:
            if any("area" in B.__dict__ for B in C.__mro__):
                return True
            return NotImplemented
        return NotImplemented

class Square:
    def area(self):
        return 4

class Blob:
    pass

for _ in range(3):
    print(issubclass(Square, Shape), isinstance(Square(), Shape))
print(calls)
for _ in range(3):
    print(issubclass(Blob, Shape), isinstance(Blob(), Shape))
print(calls)
class Other(abc.ABC):
    pass
Other.register(int)
print(issubclass(Blob, Shape))
print(calls)
Shape._abc_caches_clear()
print(issubclass(Square, Shape))
print(calls)
