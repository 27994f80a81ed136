from ..registry import register
from . import register as reexported
NAME = "alpha"
loaded_times = 1
register(NAME)
reexported(NAME)
