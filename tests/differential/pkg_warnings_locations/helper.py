import warnings

def run():
    warnings.warn("from helper", UserWarning)
    inner()

def inner():
    warnings.warn("from inner, blamed on run", FutureWarning, stacklevel=2)
