"""`collections.abc`: the container ABCs.

Only the declarations live here: each class statement gives the bases, `__slots__`
and the abstract methods (`@abstractmethod` stubs), then `_install(cls)` binds the
class's behaviour from Molt's Rust `_collections_abc` module
(runtime/src/builtins/collections_abc.rs): the mixin methods, the structural
`__subclasshook__` of the one-method ABCs, and the registration of builtin types.
"""

from abc import ABCMeta, abstractmethod
from _collections_abc import install as _install, _check_methods

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString", "Buffer"]

# The builtin iterator and view types, under CPython's names.
bytes_iterator = type(iter(b''))
bytearray_iterator = type(iter(bytearray()))
dict_keyiterator = type(iter({}.keys()))
dict_valueiterator = type(iter({}.values()))
dict_itemiterator = type(iter({}.items()))
list_iterator = type(iter([]))
list_reverseiterator = type(iter(reversed([])))
range_iterator = type(iter(range(0)))
set_iterator = type(iter(set()))
str_iterator = type(iter(""))
tuple_iterator = type(iter(()))
zip_iterator = type(iter(zip()))
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())


class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


_install(Hashable)


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield


_install(Awaitable)


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val


_install(Coroutine)


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


_install(AsyncIterable)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration


_install(AsyncIterator)


class AsyncGenerator(AsyncIterator):
    __slots__ = ()


_install(AsyncGenerator)


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None


_install(Iterable)


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration


_install(Iterator)


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


_install(Reversible)


class Generator(Iterator):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val


_install(Generator)


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


_install(Sized)


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False


_install(Container)


class Collection(Sized, Iterable, Container):
    __slots__ = ()


_install(Collection)


class Buffer(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __buffer__(self, flags, /):
        raise NotImplementedError


_install(Buffer)


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


_install(Callable)


class Set(Collection):
    __slots__ = ()


_install(Set)


class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError


_install(MutableSet)


class Mapping(Collection):
    __slots__ = ()
    __abc_tpflags__ = 1 << 6
    __reversed__ = None

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError


_install(Mapping)


class MappingView(Sized):
    __slots__ = ('_mapping',)


_install(MappingView)


class KeysView(MappingView, Set):
    __slots__ = ()


_install(KeysView)


class ItemsView(MappingView, Set):
    __slots__ = ()


_install(ItemsView)


class ValuesView(MappingView, Collection):
    __slots__ = ()


_install(ValuesView)


class MutableMapping(Mapping):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError


_install(MutableMapping)


class Sequence(Reversible, Collection):
    __slots__ = ()
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError


_install(Sequence)


class ByteString(Sequence):
    __slots__ = ()


_install(ByteString)


class MutableSequence(Sequence):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError


_install(MutableSequence)
