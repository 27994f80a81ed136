checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (UnboundLocalError, NameError),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (UnicodeDecodeError, ValueError), (StopIteration, Exception), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (AssertionError, Exception),
    (AttributeError, Exception), (TypeError, ValueError), (FileNotFoundError, OSError),
]
for sub, sup in checks:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))

def catch(fn):
    try:
        fn()
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__

print(catch(lambda: 1 / 0))
print(catch(lambda: 2.0 ** 5000))
print(catch(lambda: [][1]))
print(catch(lambda: {}["k"]))
print(catch(lambda: "abc"[9]))
print(catch(lambda: int("x")))
print(catch(lambda: undefined_thing))
print(catch(lambda: None.x))
try:
    raise SystemExit(3)
except BaseException as e:
    print("caught", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
print(ZeroDivisionError.__mro__[1].__name__, KeyError.__bases__[0].__name__)
