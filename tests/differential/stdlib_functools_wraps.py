import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)

    return wrapper


def add(a, b):
    return a + b


add.__doc__ = "Add two numbers."
add = logged(add)

add.__dict__["extra"] = 1
print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(4, 5), add.__wrapped__.__name__)


def original():
    pass


original.__doc__ = "doc"
original.custom = "kept"


def replacement():
    pass


r = functools.update_wrapper(replacement, original)
print(r is replacement, replacement.__name__, replacement.__doc__, replacement.custom, replacement.__wrapped__ is original)
functools.update_wrapper(replacement, len, assigned=("__name__",), updated=())
print(replacement.__name__, replacement.__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(type(functools.wraps(original)).__name__)
