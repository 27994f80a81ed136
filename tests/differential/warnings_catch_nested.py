import warnings
warnings.resetwarnings()
warnings.simplefilter("ignore")
before = list(warnings.filters)
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    warnings.warn("outer 1")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("inner", RuntimeWarning)
    warnings.warn("outer 2")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            warnings.warn("boom")
        except UserWarning as e:
            print("raised", e)
print([str(w.message) for w in outer], [w.category.__name__ for w in inner])
print(warnings.filters == before)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
with warnings.catch_warnings(action="error", category=FutureWarning):
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning as e:
        print("action=", e)
    warnings.warn("user is ignored")
print(str(outer[0]).startswith("{message : UserWarning('outer 1'), category : 'UserWarning'"))
