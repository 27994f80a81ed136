import abc

class One(abc.ABC):
    @abc.abstractmethod
    def run(self): ...

class Three(abc.ABC):
    @abc.abstractmethod
    def zeta(self): ...
    @abc.abstractmethod
    def alpha(self): ...
    @property
    @abc.abstractmethod
    def mid(self): ...

for cls in (One, Three):
    try:
        cls()
    except TypeError as e:
        print(e)
    print(sorted(cls.__abstractmethods__))

class Partial(Three):
    def alpha(self):
        return 1

try:
    Partial()
except TypeError as e:
    print(e)

class Full(Partial):
    def zeta(self):
        return 2
    @property
    def mid(self):
        return 3

f = Full()
print(f.alpha(), f.zeta(), f.mid, Full.__abstractmethods__ == frozenset())

class WithNew(abc.ABC):
    def __new__(cls, *args):
        return super().__new__(cls)
    @abc.abstractmethod
    def go(self): ...

try:
    WithNew(1)
except TypeError as e:
    print(e)

class Static(abc.ABC):
    @staticmethod
    @abc.abstractmethod
    def s(): ...
    @classmethod
    @abc.abstractmethod
    def c(cls): ...

try:
    Static()
except TypeError as e:
    print(e)
