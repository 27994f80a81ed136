import warnings
def show(label, action, category=Warning, n=3, cat=UserWarning):
    with warnings.catch_warnings(record=True) as log:
        warnings.resetwarnings()
        warnings.simplefilter(action, category)
        for i in range(n):
            try:
                warnings.warn("msg", cat)
            except Warning as e:
                print(label, "raised", type(e).__name__, e)
        print(label, len(log))
show("always", "always")
show("ignore", "ignore")
show("error", "error")
show("once", "once")
show("default", "default")
show("module", "module")
show("error-other-category", "error", DeprecationWarning)
show("error-subclass", "error", Warning, 1, DeprecationWarning)
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("skip this one")
    warnings.warn("SKIP case-insensitively")
    warnings.warn("keep this one")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
    print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", append=True)
    warnings.warn("appended filter never reached")
    print(len(log), warnings.filters[0][0], warnings.filters[-1][0], len(warnings.filters))
