from counters.registry import register
from .alpha import NAME as ALPHA
NAME = "beta after " + ALPHA
register("beta")
