__all__ = []
def _make(i):
    def f():
        return f"f_{i} called"
    f.__name__ = f"f_{i}"
    return f
for _i in range(4):
    globals()[f"f_{_i}"] = _make(_i)
    __all__.append(f"f_{_i}")
hidden_count = len(__all__)
_internal = True
