import pk
try:
    from pk import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import pk.nomod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import totally_missing_top_level
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from pk.broken import thing
except ZeroDivisionError as e:
    print("import raised", type(e).__name__, e)
import sys
print("pk.broken" in sys.modules)
try:
    from pk.broken import thing
except ZeroDivisionError as e:
    print("second import raised again", type(e).__name__)
except ImportError as e:
    print("second import", type(e).__name__)
from pk import ok
print(ok.value, pk.ok is ok)
from pk.ok import *
print(value)
try:
    from pk.ok import _private
    print("explicit private import works", _private)
except ImportError as e:
    print(type(e).__name__, e)
