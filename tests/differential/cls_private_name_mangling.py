class Q:
    __private = 1
    _single = 2

    def set(self):
        self.__x = 5
        return self.__x

    def __helper(self):
        return "helper"

    def call(self):
        return self.__helper() + str(Q.__private)


q = Q()
print(q.set(), q.__dict__, q._Q__x, Q._Q__private, q.call())
print(sorted(k for k in Q.__dict__ if not k.startswith("__")))
try:
    q.__x
except AttributeError as e:
    print("AttributeError:", e)


class __Under:
    def m(self):
        self.__v = 1
        return self.__dict__


print(__Under().m())


class Outer:
    class Inner:
        def f(self):
            self.__a = 1
            return list(self.__dict__)

    def g(self):
        return [self.__b for self.__b in range(2)] if False else getattr(self, "__dunder__", None)


print(Outer.Inner().f(), Outer().g())
