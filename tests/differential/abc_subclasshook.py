from abc import ABC, abstractmethod
class Drawable(ABC):
    @abstractmethod
    def draw(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
class Circle:
    def draw(self):
        return "circle"
class Text:
    pass
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), isinstance(Text(), Drawable))
class Sub(Drawable):
    def draw(self):
        return "sub"
print(issubclass(Sub, Drawable), Sub().draw())
Drawable.register(Text)
print(isinstance(Text(), Drawable), issubclass(Text, Drawable))
class Base(ABC):
    pass
class Other:
    pass
r = Base.register(Other)
print(r is Other, issubclass(Other, Base), isinstance(Other(), Base), issubclass(int, Base))
class Derived(Other):
    pass
print(issubclass(Derived, Base), isinstance(Derived(), Base))
try:
    Base.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(5, Base)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, (str, Base)), issubclass(bool, (Base, int)))
