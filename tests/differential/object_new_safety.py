for args in ((object, int), (object, str), (int, bool)):
    try:
        args[0].__new__(args[1])
    except TypeError as e:
        print("TypeError:", e)
class P(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(P(4), object.__new__(type("X", (), {})).__class__.__name__)
class S:
    def __new__(cls):
        return object.__new__(cls)
class T(S, dict):
    pass
try:
    print(type(object.__new__(T)).__name__)
except TypeError as e:
    print("TypeError:", e)
print(int.__new__(P, 5), type(int.__new__(P, 5)).__name__)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
