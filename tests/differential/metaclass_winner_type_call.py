try:
    type("Z", (5,), {})
except TypeError as e:
    print(e)
class M(type):
    def __new__(m, *a):
        print("M.__new__", a[0])
        return super().__new__(m, *a)
class A(metaclass=M):
    pass
B = type("B", (A,), {})
print(type(B).__name__)
class M2(type):
    pass
try:
    class C(A, metaclass=M2):
        pass
except TypeError as e:
    print(e)
