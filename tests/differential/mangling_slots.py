class Account:
    __slots__ = ("__balance", "owner")
    def __init__(self, owner, bal):
        self.owner = owner
        self.__balance = bal
    def balance(self): return self.__balance
    def __secret(self): return "secret-" + self.owner
    def reveal(self): return self.__secret()
a = Account("ann", 10)
print(a.balance(), a.reveal(), a._Account__balance, a._Account__secret())
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
class Child(Account):
    __slots__ = ()
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return f"AttributeError: {e}"
print(Child("bob", 5).peek())
class M:
    __x = 1
    def get(self): return self.__x, M.__x, getattr(self, "_M__x")
    def glob(self): return __name__
    def dunder_ok(self): return self.__class__.__name__
print(M().get(), M().glob(), M().dunder_ok(), sorted(k for k in M.__dict__ if "x" in k))
class _Under:
    __y = 2
    def g(self): return self.__y
print(_Under().g(), "_Under__y" in _Under.__dict__)
class __Dunder:
    __z = 3
    def g(self): return self.__z
print(__Dunder().g(), [k for k in __Dunder.__dict__ if k.endswith("__z")])
class Outer:
    class __Inner:
        pass
    def make(self): return self.__Inner.__name__
print(Outer().make())
def f():
    class Local:
        __v = 7
        def get(self): return self.__v
    return Local().get()
print(f())
class K:
    def m(self, __arg=5): return __arg
print(K().m())
