def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second, raised in handler")

try:
    f()
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

def g():
    try:
        raise KeyError("a")
    finally:
        raise IndexError("finally replaces")

try:
    g()
except IndexError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
except KeyError:
    print("not reached")

def h():
    try:
        return 1
    finally:
        raise RuntimeError("finally raises over return")
try:
    h()
except RuntimeError as e:
    print(type(e).__name__, e)

def k():
    try:
        raise ValueError("in try")
    except ValueError as e:
        try:
            raise KeyError("nested")
        except KeyError as e2:
            print("inner handler:", repr(e2), "outer still:", repr(e))
        return "k done"
print(k())

def m():
    try:
        raise ValueError("v")
    except ValueError:
        pass
    finally:
        print("m finally")
    return "m returns normally"
print(m())
