"""demo: scales numbers, in C when the speedup module is there."""

try:
    from ._fast import scale, IMPLEMENTATION
except ImportError:
    IMPLEMENTATION = "python"

    def scale(x):
        return x * 3


def scale_all(xs):
    return [scale(x) for x in xs]
