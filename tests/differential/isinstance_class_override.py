class Real: pass
class Proxy:
    def __init__(self, target): self._t = target
    @property
    def __class__(self): return type(self._t)
p = Proxy(Real())
print(isinstance(p, Real), isinstance(p, Proxy), type(p).__name__, p.__class__.__name__)
class Liar:
    __class__ = int
print(isinstance(Liar(), int), isinstance(Liar(), Liar))
class Bad:
    @property
    def __class__(self): raise AttributeError("nope")
print(isinstance(Bad(), int), isinstance(Bad(), Bad))
print(isinstance(3, str), isinstance("x", (int, str)))
