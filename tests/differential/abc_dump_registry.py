import abc, io

class Reg(abc.ABC):
    pass

class X:
    pass

Reg.register(X)
print(issubclass(X, Reg), issubclass(int, Reg))
buf = io.StringIO()
Reg._dump_registry(buf)
lines = buf.getvalue().splitlines()
print(lines[0])
print([l.split(":")[0] for l in lines])
from _abc import _get_dump
r, c, n, v = _get_dump(Reg)
print(len(r), len(c), len(n), type(v).__name__)
class Y(X):
    pass
print(issubclass(Y, Reg), len(_get_dump(Reg)[1]))
print(abc.ABCMeta.__name__, type(Reg) is abc.ABCMeta, abc.ABC.__slots__)
class P(abc.ABC):
    @abc.abstractproperty
    def p(self): ...
print(sorted(P.__abstractmethods__))
