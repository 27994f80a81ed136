class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow

with CM("a") as x:
    print("body", x)
with CM("b", True):
    raise ValueError("boom")
print("after b")
def f():
    with CM("c") as y, CM("d") as z:
        return y + z
print(f())
for i in range(3):
    with CM("loop"):
        if i == 1:
            break
try:
    with CM("e"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
try:
    with 5:  # not a context manager
        pass
except TypeError as e:
    print(e)
