def inner():
    raise ValueError("bad")
def f():
    errs = []
    for i in range(3):
        try:
            if i == 0:
                inner()
            elif i == 1:
                try:
                    raise KeyError("k")
                except KeyError as k:
                    raise TypeError("converted") from k
            else:
                raise ExceptionGroup("nested", [OSError(5), ZeroDivisionError()])
        except Exception as e:
            errs.append(e)
    raise ExceptionGroup("many", errs)
try:
    f()
except* ValueError as v:
    print("handled", repr(v))
    raise RuntimeError("in handler")
