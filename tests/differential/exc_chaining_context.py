def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e}) cause={type(e.__cause__).__name__ if e.__cause__ else None} suppress={e.__suppress_context__}")
        e = e.__cause__ or e.__context__
    return chain

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(show(e))

try:
    try:
        {}["k"]
    except KeyError as k:
        raise TypeError("explicit") from k
except TypeError as e:
    print(show(e))

try:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("suppressed") from None
except RuntimeError as e:
    print(show(e), repr(e.__context__))

try:
    raise ValueError("direct") from KeyError("cause obj")
except ValueError as e:
    print(show(e))

try:
    raise ValueError("cls cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__))


try:
    try:
        raise OSError("first")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print(show(e))

def reraise():
    try:
        raise ValueError("orig")
    except ValueError as e:
        e.add_note("note added")
        raise
try:
    reraise()
except ValueError as e:
    print(e, e.__notes__, e.__context__)

err = ValueError("manual")
err.__cause__ = KeyError("manual cause")
print(err.__suppress_context__)
err.__context__ = OSError("ctx")
print(show(err))
try:
    err.__cause__ = "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise KeyError("c")
except KeyError as e:
    print(show(e))
e1 = ValueError("x")
try:
    raise e1
except ValueError:
    try:
        raise e1
    except ValueError as again:
        print("self context?", again.__context__ is again)
import sys
try:
    raise LookupError("exc_info")
except LookupError:
    print("caught exc_info")
