from collections.abc import Hashable, Sized, Container, Iterable, Callable, Iterator, Reversible, Collection
class Eq:
    def __eq__(self, other):
        return True
class EqHash(Eq):
    def __hash__(self):
        return 1
class L:
    def __len__(self):
        return 0
class NoLen(L):
    __len__ = None
class C:
    def __contains__(self, x):
        return True
class Call:
    def __call__(self):
        return 1
class Full:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
class HalfIter:
    def __next__(self): return 1
class Rev:
    def __reversed__(self): return iter(())
    def __iter__(self): return iter(())
for cls in (Eq, EqHash, L, NoLen, C, Call, Full, HalfIter, Rev, int, list, dict, type, object):
    print(cls.__name__, [abc.__name__ for abc in (Hashable, Sized, Container, Iterable, Callable, Iterator, Reversible, Collection) if issubclass(cls, abc)])
print(isinstance(Eq(), Hashable), isinstance(EqHash(), Hashable), isinstance([], Hashable), isinstance((), Hashable), isinstance(frozenset(), Hashable))
