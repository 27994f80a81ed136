import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", DeprecationWarning)
    warnings.warn(UserWarning("three"))
    warnings.warn("four", category=RuntimeWarning, stacklevel=2)
    warnings.warn(FutureWarning("five"), RuntimeWarning)
print(len(log))
for w in log:
    print(type(w.message).__name__, str(w.message), w.category.__name__, isinstance(w.message, Warning), w.category is type(w.message))
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))
cw = warnings.catch_warnings()
with cw:
    pass
try:
    with cw:
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
with warnings.catch_warnings(record=True, action="always") as log:
    warnings.warn("via action")
print([str(w.message) for w in log])
with warnings.catch_warnings(record=False) as nothing:
    print(nothing)
