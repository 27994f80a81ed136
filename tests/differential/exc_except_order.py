def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError clause"
    except LookupError:
        return "LookupError clause"
    except (ZeroDivisionError, OverflowError) as e:
        return "arith tuple clause: " + type(e).__name__
    except ArithmeticError:
        return "ArithmeticError clause"
    except Exception as e:
        return "Exception clause: " + type(e).__name__

for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError(), OverflowError(),
            FloatingPointError(), ValueError(), TypeError(), LookupError()]:
    print(type(exc).__name__, "->", classify(exc))

def broad_first():
    try:
        {}["x"]
    except Exception:
        return "broad caught first"
    except KeyError:
        return "never"
print(broad_first())

class MyErr(ValueError):
    pass
try:
    raise MyErr("custom")
except ValueError as e:
    print("caught subclass via base:", type(e).__name__, e)

errs = (TypeError, ValueError)
try:
    int("q")
except errs as e:
    print("tuple variable:", type(e).__name__)
try:
    try:
        raise TypeError("uncaught inside")
    except ValueError:
        print("wrong")
except TypeError as e:
    print("propagated out:", e)
