# functools.cached_property: per-instance caching through the instance __dict__.
from functools import cached_property
class Dataset:
    loads = 0
    def __init__(self, n):
        self.n = n
    @cached_property
    def data(self):
        Dataset.loads += 1
        return list(range(self.n))
    @cached_property
    def total(self):
        return sum(self.data)
a, b = Dataset(3), Dataset(5)
print(a.total, b.total, a.total, Dataset.loads)
print(sorted(a.__dict__))
a.__dict__.pop('data')
print(a.data, Dataset.loads)
a.data = 'overridden'
print(a.data)
del a.data
print(a.data, Dataset.loads)
print(Dataset.data.attrname, Dataset.total.attrname, Dataset.data.__doc__)
print(isinstance(Dataset.__dict__['data'], cached_property))
class Sub(Dataset):
    @cached_property
    def data(self):
        return ['sub']
print(Sub(2).total if False else Sub(2).data)
class NoDict:
    __slots__ = ()
    @cached_property
    def x(self):
        return 1
try:
    NoDict().x
except TypeError as e:
    print('TypeError', e)
loose = cached_property(lambda self: 42)
try:
    loose.__get__(a, Dataset)
except TypeError as e:
    print('TypeError', e)
loose.__set_name__(Dataset, 'answer')
print(loose.__get__(a, Dataset), a.__dict__['answer'])
try:
    loose.__set_name__(Dataset, 'other')
except TypeError as e:
    print('TypeError', e)
class Doc:
    @cached_property
    def v(self):
        "Docstring here."
        return 1
print(Doc.v.__doc__, Doc.v.func.__name__)
