import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("once")
    for msg in ["a", "b", "a", "c", "b"]:
        warnings.warn(msg)
    warnings.warn("a", RuntimeWarning)
    print([(str(w.message), w.category.__name__) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("default")
    def emit():
        warnings.warn("same place")
    for _ in range(4):
        emit()
    print(len(log))
    warnings.simplefilter("always")
    emit()
    print(len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("always", UserWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.warn("u")
    warnings.warn("d", DeprecationWarning)
    warnings.warn("p", PendingDeprecationWarning)
    print([str(w.message) for w in log])
