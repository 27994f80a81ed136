def validate_positive(fn):
    def wrapper(*args):
        for a in args:
            if a < 0:
                raise ValueError(fn.__name__ + " got negative argument " + str(a))
        return fn(*args)
    wrapper.__name__ = fn.__name__
    wrapper.wrapped = fn
    return wrapper

@validate_positive
def area(w, h):
    return w * h

print(area(3, 4), area.__name__, area.wrapped(2, 2))
try:
    area(3, -1)
except ValueError as e:
    print(type(e).__name__, e)

def prefix(p):
    def deco(fn):
        def wrapper(*a, **k):
            return p + str(fn(*a, **k))
        return wrapper
    return deco

@prefix("A:")
@prefix("B:")
def value(x=0):
    return x
print(value(), value(5), value(x=7))

def log_calls(fn):
    history = []
    def wrapper(*args):
        history.append(args)
        return fn(*args)
    wrapper.history = history
    return wrapper

@log_calls
def power(b, e):
    return b ** e
power(2, 3); power(3, 2); power(10, 0)
print(power.history, len(power.history))

def decorate_with_state(fn):
    def wrapper():
        wrapper.calls += 1
        return fn() + wrapper.calls
    wrapper.calls = 0
    return wrapper

@decorate_with_state
def base():
    return 100
print(base(), base(), base(), base.calls)
def not_decorated(x):
    return x
plain = prefix(">> ")(not_decorated)
print(plain("manual application"))
