import abc

class Iface(abc.ABC):
    pass

class Real:
    pass

Iface.register(Real)

class Liar:
    @property
    def __class__(self):
        return Real

class Plain:
    pass

print(isinstance(Liar(), Iface), isinstance(Real(), Iface), isinstance(Plain(), Iface))
print(type(Liar()).__name__)

class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False

class Sub(Hooked):
    pass

print(issubclass(Sub, Hooked), isinstance(Sub(), Hooked))

class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1

try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError", e)
