def risky(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n

def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging and re-raising")
        raise

try:
    wrapper(-5)
except ValueError as e:
    print("outer got", type(e).__name__, e)
print(wrapper(5))

def rethrow_as():
    try:
        {}["k"]
    except KeyError as e:
        err = e
    raise err

try:
    rethrow_as()
except KeyError as e:
    print("re-raised stored", repr(e))

def modify_and_reraise():
    try:
        raise ValueError("original")
    except ValueError as e:
        e.args = ("modified",)
        raise
try:
    modify_and_reraise()
except ValueError as e:
    print(e)

def nested_reraise():
    try:
        try:
            raise TypeError("t")
        except TypeError:
            try:
                raise ValueError("v")
            except ValueError:
                pass
            raise
    except TypeError as e:
        return "still TypeError: " + str(e)
print(nested_reraise())
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
