import collections.abc as c
class OnlyIter:
    def __iter__(self):
        return iter(())
class IterNext(OnlyIter):
    def __next__(self):
        raise StopIteration
class Sized:
    def __len__(self):
        return 0
class Coll(Sized, OnlyIter):
    def __contains__(self, x):
        return False
class NoHash:
    __hash__ = None
class Rev(OnlyIter):
    def __reversed__(self):
        return iter(())
class Aw:
    def __await__(self):
        yield
class AIt:
    def __aiter__(self):
        return self
    def __anext__(self):
        pass
class Blocked(OnlyIter):
    __iter__ = None
for cls in (OnlyIter, IterNext, Sized, Coll, NoHash, Rev, Aw, AIt, Blocked, object):
    row = [n for n in ("Hashable", "Iterable", "Iterator", "Sized", "Container", "Collection",
                       "Reversible", "Awaitable", "AsyncIterable", "AsyncIterator", "Callable")
           if issubclass(cls, getattr(c, n))]
    print(cls.__name__, row)
class Gen:
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, v): return 1
    def throw(self, *a): pass
    def close(self): pass
print(issubclass(Gen, c.Generator), issubclass(IterNext, c.Generator))
async def co():
    pass
x = co()
print(isinstance(x, c.Coroutine), isinstance(x, c.Awaitable))
x.close()
