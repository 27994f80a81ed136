class Empty:
    pass
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("  __bool__ called")
        return self.b
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Empty()), bool(WithLen(0)), bool(WithLen(3)), bool(Both()))
print(bool(WithBool(True)), bool(WithBool(False)))
if WithBool(False) or WithBool(True):
    print("or evaluated")
print(not WithLen(0), WithLen(0) or "fallback", WithLen(2) and "second")
x = WithLen(0)
while not x:
    x.n += 1
print(x.n)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
print(len(list(filter(None, [WithLen(0), WithLen(1), Empty()]))))
