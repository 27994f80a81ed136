VERSION = "core-1"
from .impl.engine import NAME as engine_name
from .api import helper
