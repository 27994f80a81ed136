import warnings
warnings.simplefilter("error")
for args in [("m",), ("m", DeprecationWarning), ("m", None), (UserWarning("inst"), RuntimeWarning),
             (FutureWarning("fw"),), (42, UserWarning)]:
    try:
        warnings.warn(*args)
    except Warning as e:
        print(type(e).__name__, repr(e.args))
for bad in [int, 3, "x", ValueError]:
    try:
        warnings.warn("m", bad)
    except TypeError as e:
        print("TypeError", e)
try:
    warnings.warn("m", UserWarning, stacklevel=2, source=None)
except UserWarning as e:
    print("kw", e)
try:
    warnings.warn()
except TypeError as e:
    print("TypeError", type(e).__name__)
class MyWarning(UserWarning):
    pass
warnings.simplefilter("ignore", UserWarning)
warnings.warn("hidden", MyWarning)
warnings.simplefilter("error", MyWarning)
try:
    warnings.warn("shown", MyWarning)
except MyWarning as e:
    print("MyWarning", e)
