def attempt(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError:
        print("except zero")
        r = None
    except TypeError as e:
        print("except type:", e)
        r = "bad"
    else:
        print("else, r =", r)
    finally:
        print("finally for", x)
    return r

print(attempt(2))
print(attempt(0))
print(attempt("s"))

def nested():
    try:
        try:
            raise ValueError("inner")
        except KeyError:
            print("not here")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    else:
        print("no else")
nested()

try:
    pass
except Exception:
    print("never")
else:
    print("else with no exception")
finally:
    print("finally always")

for exc in [ValueError, IndexError, KeyError, RuntimeError]:
    try:
        raise exc("boom")
    except (ValueError, IndexError) as e:
        print("tuple clause", type(e).__name__)
    except Exception as e:
        print("generic clause", type(e).__name__, e)
e = "outer"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
