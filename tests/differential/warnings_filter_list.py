import warnings
print(warnings.filters[:5] == warnings.filters[:5], len(warnings.filters) >= 5)
print(warnings.defaultaction, warnings.onceregistry == {})
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("error", lineno=3)
warnings.simplefilter("ignore", DeprecationWarning)
print(warnings.filters)
warnings.simplefilter("always", append=True)
warnings.simplefilter("always", append=True)
print(warnings.filters)
warnings.filterwarnings("once", "msg", RuntimeWarning, "mod", 4)
print(warnings.filters[0])
for bad in [("bogus",), ("ignore", 3), ("ignore", "", int), ("ignore", "", Warning, 5),
            ("ignore", "", Warning, "", -1)]:
    try:
        warnings.filterwarnings(*bad)
    except AssertionError as e:
        print("AssertionError", e)
try:
    warnings.simplefilter("nope")
except AssertionError as e:
    print("AssertionError", e)
warnings.resetwarnings()
warnings.filters.append(("explode", None, Warning, None, 0))
try:
    warnings.warn("x")
except RuntimeError as e:
    print("RuntimeError", e)
