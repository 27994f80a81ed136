from contextlib import contextmanager
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print("body", t)
@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)
with swallow():
    raise ValueError("boom")
print("after")
@contextmanager
def passthrough():
    yield 1
try:
    with passthrough():
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def keeps_going():
    try:
        yield
    except ZeroDivisionError:
        yield
try:
    with keeps_going():
        1 / 0
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated") from e
try:
    with translate():
        {}["x"]
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print(tag.__name__, tag("z").__class__.__name__)
