try:
    print(undefined_var)
except NameError as e:
    print(type(e).__name__, e)

def f():
    return also_undefined + 1
try:
    f()
except NameError as e:
    print(type(e).__name__, e)

def g():
    print(local_later)
    local_later = 5
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
except NameError as e:
    print("NameError (unexpected)", e)

counter = 0
def h():
    counter += 1
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def k():
    x = 1
    del x
    return x
try:
    k()
except NameError as e:
    print(type(e).__name__, isinstance(e, UnboundLocalError), e)

try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return free_var
    try:
        return inner()
    except NameError as e:
        return "inner: " + str(e)
print(outer())
