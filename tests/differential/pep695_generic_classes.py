type Alias = list[int]
print(Alias, Alias.__value__, type(Alias), Alias.__type_params__)
type Pair[K, V: int] = dict[K, V]
print(Pair, Pair.__type_params__, Pair.__value__, Pair[str, int])
print(Pair.__type_params__[1].__bound__)
class C[T]:
    def m(self, x: T) -> T: return x
    print("in body", T)
print(C.__type_params__, C[int], C.__mro__, C.__bases__, C.__orig_bases__)
print(C.__qualname__, C().m(3))
class Base: pass
class D[T: (int, str), U](Base):
    attr: T
print(D.__bases__, D.__type_params__[0].__constraints__, D.__annotations__)
def deco(c): print("deco", c.__name__); return c
@deco
class E[T]: pass
def outer():
    class F[T]: pass
    return F
print(outer().__qualname__)
def g[T](x: T) -> T: return x
print(g.__type_params__, g.__qualname__, g(5))
print(type(T) if False else "ok")
