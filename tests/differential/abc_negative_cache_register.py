# A negative answer is cached until register() bumps the invalidation counter.
import abc

class Base(abc.ABC):
    pass

class Plain:
    pass

class Derived(Plain):
    pass

token0 = abc.get_cache_token()
print(issubclass(Plain, Base), issubclass(Derived, Base), isinstance(Derived(), Base))
r = Base.register(Plain)
print(r is Plain, abc.get_cache_token() - token0)
print(issubclass(Plain, Base), issubclass(Derived, Base), isinstance(Derived(), Base))
print(Base.register(Derived) is Derived, abc.get_cache_token() - token0)
class Sub(Base):
    pass
print(issubclass(Plain, Sub), issubclass(Sub, Base), isinstance(Sub(), Base))
Base._abc_registry_clear()
Base._abc_caches_clear()
print(issubclass(Plain, Base), issubclass(Derived, Base))
