# type.mro(), __subclasses__() in creation order, __bases__, used for plugin registries.
class Plugin:
    pass
class Alpha(Plugin): pass
class Beta(Plugin): pass
class Gamma(Alpha): pass
class Delta(Alpha, Beta): pass
def walk(cls, depth=0):
    for sub in cls.__subclasses__():
        print('  ' * depth + sub.__name__)
        walk(sub, depth + 1)
walk(Plugin)
print([c.__name__ for c in Delta.mro()])
print(Delta.mro() == list(Delta.__mro__))
print([b.__name__ for b in Delta.__bases__], Plugin.__bases__, object.__bases__)
print(type(Delta.mro()).__name__, type(Plugin.__subclasses__()).__name__)
print(bool.mro(), int.__bases__)
print(Beta.__subclasses__(), Gamma.__subclasses__())
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
class Child(WithMeta):
    pass
print(WithMeta.__subclasses__(), Child.mro())
print(Meta.mro(), type.mro(Meta))
def all_subclasses(cls):
    out = []
    for s in cls.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subclasses(s))
    return out
print(all_subclasses(Plugin))
