"""The run-time side of `typing` that ordinary code touches: special forms, generic
aliases with CPython's reprs, TypeVar, Generic, Protocol, cast, overload, final.

Molt's own design: one alias class (`_Alias`) for every subscripted form, one class
(`_Form`) for the bare special forms. `TypeVar` is the Rust `_typing.TypeVar`.

TODO(typing): get_type_hints, Concatenate, `*Ts` unpacking, NewType, TypedDict and
NamedTuple, Annotated metadata beyond
the repr.
"""

from __future__ import annotations

import collections.abc as _abc
import _typing
from _typing import TypeVar, ParamSpec, ParamSpecArgs, ParamSpecKwargs, TypeVarTuple

TYPE_CHECKING = False

__all__ = ["Any", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet",
           "Callable", "Iterable", "Iterator", "Mapping", "Sequence", "Type", "TypeVar",
           "Generic", "Protocol", "overload", "cast", "final", "TYPE_CHECKING", "ParamSpec",
           "ParamSpecArgs", "ParamSpecKwargs", "TypeVarTuple"]


_type_repr = _typing.type_repr
_convert = _typing.convert
_collect_type_vars = _typing.collect_type_vars
_substitute = _typing.substitute
_flatten_union = _typing.flatten_union
get_origin = _typing.get_origin
get_args = _typing.get_args


class ForwardRef:
    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(("ForwardRef", self.__forward_arg__))

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


class _Final:
    """Objects of typing that cannot be subclassed."""

    def __init_subclass__(cls, /, *args, **kwds):
        if "_root" not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _Alias(_Final, _root=True):
    """A subscripted form: `List[int]`, `Optional[str]`, `C[T]`, ..."""

    def __init__(self, origin, args, name=None, form=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._form = form

    def __repr__(self):
        return _typing.alias_repr(self)

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        if self._form == "Union" or self._form == "Optional":
            return (other._form in ("Union", "Optional")
                    and set(self.__args__) == set(other.__args__))
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self._form in ("Union", "Optional"):
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None and self._form is None:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        if self._form in ("Union", "Optional"):
            raise TypeError("Cannot instantiate typing.Union")
        if self._form is not None:
            raise TypeError(f"Cannot instantiate {self!r}")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        if self._form is not None:
            raise TypeError(f"Cannot subclass {self!r}")
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            # Generic[T] stands for Generic unless another base already derives from it.
            i = next(k for k, b in enumerate(bases) if b is self)
            for b in bases[i + 1:]:
                if (isinstance(b, _Alias) and b is not self) or (
                    isinstance(b, type) and issubclass(b, Generic)
                ):
                    return ()
            return (origin,)
        return (origin,)

    def __instancecheck__(self, obj):
        if self._form in ("Union", "Optional"):
            return self.__subclasscheck__(type(obj))
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        if self._form in ("Union", "Optional"):
            for arg in self.__args__:
                if issubclass(cls, arg):
                    return True
            return False
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, params):
        # Substitution of type variables: List[T][int].
        if not isinstance(params, tuple):
            params = (params,)
        tvars = _collect_type_vars(self.__args__)
        if not tvars:
            raise TypeError(f"{self!r} is not a generic class")
        if len(params) != len(tvars):
            raise TypeError(f"Too {'many' if len(params) > len(tvars) else 'few'} arguments "
                            f"for {self!r}; actual {len(params)}, expected {len(tvars)}")
        subst = dict(zip(tvars, (_convert(p) for p in params)))
        return _Alias(self.__origin__, _substitute(self.__args__, subst), self._name, self._form)

    def copy_with(self, args):
        return _Alias(self.__origin__, args, self._name, self._form)


class _SpecialGeneric(_Final, _root=True):
    """A bare generic name such as `List` or `Dict`: subscriptable, and usable with
    isinstance like its origin class."""

    def __init__(self, origin, name, nparams):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Tuple":
            if params == ((),):
                return _Alias(tuple, (), "Tuple")
            if len(params) == 2 and params[1] is ...:
                return _Alias(tuple, (_convert(params[0]), ...), "Tuple")
            return _Alias(tuple, tuple(_convert(p) for p in params), "Tuple")
        if self._name == "Callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ... or isinstance(args, ParamSpec):
                flat = (args, _convert(result))
            else:
                if not isinstance(args, list):
                    args = [args]
                flat = tuple(_convert(a) for a in args) + (_convert(result),)
            return _Alias(_abc.Callable, flat, "Callable", "Callable")
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} "
                            f"arguments for typing.{self._name}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _Alias(self.__origin__, tuple(_convert(p) for p in params), self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; "
                        f"use {self.__origin__.__name__}() instead")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGeneric):
            return NotImplemented
        return self._name == other._name

    def __hash__(self):
        return hash(("typing", self._name))


class _Form(_Final, _root=True):
    """A special form: Any, Union, Optional, ClassVar, Final, Literal, ..."""

    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self!r} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self!r} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self!r} cannot be used with issubclass()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union(form, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(params, tuple):
        params = (params,)
    args = _flatten_union(params)
    if len(args) == 1:
        return args[0]
    if len(args) == 2 and type(None) in args:
        return _Alias(Union, args, None, "Optional")
    return _Alias(Union, args, "Union", "Union")


def _optional(form, param):
    if isinstance(param, tuple):
        raise TypeError(f"typing.Optional requires a single type. Got {param!r}.")
    return Union[param, None]


def _one_arg(form, param):
    if isinstance(param, tuple):
        if len(param) != 1:
            raise TypeError(f"{form!r} accepts only single type. Got {param!r}.")
        param = param[0]
    return _Alias(form, (_convert(param),), form._name, "Single")


def _literal(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _Alias(form, params, "Literal", "Literal")


def _annotated(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    origin = _convert(params[0])
    alias = _Alias(origin, (origin,), "Annotated", "Annotated")
    alias.__metadata__ = tuple(params[1:])
    return alias


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type (subclassable, as since 3.11)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


NoReturn = _Form("NoReturn", None)
Never = _Form("Never", None)
Self = _Form("Self", None)
LiteralString = _Form("LiteralString", None)
TypeAlias = _Form("TypeAlias", None)
Union = _Form("Union", _union)
Optional = _Form("Optional", _optional)
ClassVar = _Form("ClassVar", _one_arg)
Final = _Form("Final", _one_arg)
TypeGuard = _Form("TypeGuard", _one_arg)
Literal = _Form("Literal", _literal)
Annotated = _Form("Annotated", _annotated)

List = _SpecialGeneric(list, "List", 1)
Dict = _SpecialGeneric(dict, "Dict", 2)
DefaultDict = None
Set = _SpecialGeneric(set, "Set", 1)
FrozenSet = _SpecialGeneric(frozenset, "FrozenSet", 1)
Tuple = _SpecialGeneric(tuple, "Tuple", -1)
Type = _SpecialGeneric(type, "Type", 1)
Callable = _SpecialGeneric(_abc.Callable, "Callable", -1)
Iterable = _SpecialGeneric(_abc.Iterable, "Iterable", 1)
Iterator = _SpecialGeneric(_abc.Iterator, "Iterator", 1)
Reversible = _SpecialGeneric(_abc.Reversible, "Reversible", 1)
Generator = _SpecialGeneric(_abc.Generator, "Generator", 3)
Container = _SpecialGeneric(_abc.Container, "Container", 1)
Collection = _SpecialGeneric(_abc.Collection, "Collection", 1)
Sized = _SpecialGeneric(_abc.Sized, "Sized", 0)
Hashable = _SpecialGeneric(_abc.Hashable, "Hashable", 0)
Mapping = _SpecialGeneric(_abc.Mapping, "Mapping", 2)
MutableMapping = _SpecialGeneric(_abc.MutableMapping, "MutableMapping", 2)
Sequence = _SpecialGeneric(_abc.Sequence, "Sequence", 1)
MutableSequence = _SpecialGeneric(_abc.MutableSequence, "MutableSequence", 1)
AbstractSet = _SpecialGeneric(_abc.Set, "AbstractSet", 1)
MutableSet = _SpecialGeneric(_abc.MutableSet, "MutableSet", 1)
KeysView = _SpecialGeneric(_abc.KeysView, "KeysView", 1)
ItemsView = _SpecialGeneric(_abc.ItemsView, "ItemsView", 2)
ValuesView = _SpecialGeneric(_abc.ValuesView, "ValuesView", 1)


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """The base of user-defined generic classes: `class C(Generic[T])`."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        return _typing.generic_class_getitem(cls, params)

    def __init_subclass__(cls, /, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls.__parameters__ = _typing.generic_parameters(cls)


_PROTOCOL_EXCLUDED = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__match_args__", "__parameters__", "__orig_bases__",
    "__orig_class__", "_is_protocol", "_is_runtime_protocol", "__protocol_attrs__",
    "__non_callable_proto_members__", "__type_params__", "__qualname__",
    "__init_subclass__",
})


def _protocol_attrs(cls):
    # The members a protocol requires: names defined or annotated in its own MRO,
    # but not by Protocol/Generic themselves or typing's bookkeeping.
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        names = list(base.__dict__) + list(base.__dict__.get("__annotations__", {}))
        for attr in names:
            if not attr.startswith("_abc_") and attr not in _PROTOCOL_EXCLUDED:
                attrs.add(attr)
    return attrs


_MISSING = object()


def _static_lookup(obj, name):
    # The attribute without running descriptors: the instance dict, then the class's.
    d = getattr(obj, "__dict__", None)
    if isinstance(d, dict) and name in d:
        return d[name]
    for klass in type(obj).__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return _MISSING


class _ProtocolMeta(type):
    """Protocol classes' metaclass: isinstance() against a runtime-checkable protocol
    checks that the instance has every protocol member (a member set to None counts
    as absent unless the protocol declares it as data)."""

    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol_root", False) or not getattr(cls, "_is_protocol", False):
            return cls in type(instance).__mro__
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError(
                "Instance and class checks can only be used with @runtime_checkable protocols"
            )
        if cls in type(instance).__mro__:
            return True
        callables = {a for a in _protocol_attrs(cls) if callable(getattr(cls, a, None))}
        for attr in _protocol_attrs(cls):
            val = _static_lookup(instance, attr)
            if val is _MISSING or (val is None and attr in callables):
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol_root", False) or not getattr(cls, "_is_protocol", False):
            return cls in other.__mro__
        if not isinstance(other, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError(
                "Instance and class checks can only be used with @runtime_checkable protocols"
            )
        attrs = _protocol_attrs(cls)
        if any(not callable(getattr(cls, a, None)) for a in attrs):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if cls in other.__mro__:
            return True
        return all(any(a in k.__dict__ for k in other.__mro__) for a in attrs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Structural base class. Classes deriving from it directly are protocols;
    isinstance() against one needs @runtime_checkable (see _ProtocolMeta)."""

    __slots__ = ()
    _is_protocol_root = True

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get("_is_protocol", False):
            raise TypeError("Protocols cannot be instantiated")
        return super().__new__(cls)

    def __init_subclass__(cls, /, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Marks a protocol class as usable with isinstance() and issubclass()."""
    if not isinstance(cls, type) or not cls.__dict__.get("_is_protocol", False):
        raise TypeError(
            "@runtime_checkable can be only applied to protocol classes, got %r" % cls
        )
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-decorated.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self) -> int: ...


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self) -> float: ...


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self) -> int: ...


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self): ...


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self) -> bytes: ...


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self) -> complex: ...


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits: int = 0): ...
