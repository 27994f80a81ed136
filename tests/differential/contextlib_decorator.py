from contextlib import contextmanager, ContextDecorator
@contextmanager
def logged(msg):
    print("enter", msg)
    yield
    print("exit", msg)
@logged("f")
def f(x):
    print("in f", x)
    return x * 2
print(f(1))
print(f(2))
class track(ContextDecorator):
    def __enter__(self):
        print("track enter")
        return self
    def __exit__(self, *exc):
        print("track exit", exc[0].__name__ if exc[0] else None)
        return False
@track()
def g():
    print("in g")
    raise ValueError("v")
try:
    g()
except ValueError as e:
    print("caught", e)
with track():
    print("as with")
