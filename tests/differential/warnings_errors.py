import warnings
tests = [
    lambda: warnings.simplefilter("bogus"),
    lambda: warnings.filterwarnings("sometimes"),
    lambda: warnings.filterwarnings("ignore", message=5),
    lambda: warnings.filterwarnings("ignore", category=int),
    lambda: warnings.filterwarnings("ignore", module=None),
    lambda: warnings.filterwarnings("ignore", lineno=-1),
    lambda: warnings.simplefilter("ignore", lineno="1"),
    lambda: warnings.warn("x", int),
    lambda: warnings.warn("x", "notaclass"),
    lambda: warnings.warn("x", Exception),
]
for t in tests:
    try:
        t()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error")
    except UserWarning as e:
        print("caught", type(e).__name__, e.args)
    try:
        warnings.warn(DeprecationWarning("instance"))
    except DeprecationWarning as e:
        print("caught", repr(e))
