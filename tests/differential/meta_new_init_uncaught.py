class Pooled:
    _pool = {}
    def __new__(cls, key):
        if key in cls._pool:
            print("reuse", key)
            return cls._pool[key]
        inst = super().__new__(cls)
        cls._pool[key] = inst
        print("new", key)
        return inst
    def __init__(self, key):
        print("init", key)
        self.key = key

a = Pooled("a")
b = Pooled("a")
print(a is b)

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())

class Strict:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        self.n = n
    def __init_subclass__(cls):
        print("subclass", cls.__name__)

class Sub(Strict):
    pass
print(Sub(1).n)
try:
    object.__new__(Strict, 1)
    print("object.__new__ with extra arg ok when __init__ overridden")
except TypeError as e:
    print(type(e).__name__, e)
Sub(-5)
