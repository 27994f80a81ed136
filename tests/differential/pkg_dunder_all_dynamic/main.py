from dyn.gen import *
from dyn import *
print(sorted(k for k in globals() if k.startswith("f_")))
print(f_0(), f_2(), pkg_level())
import dyn.gen as g
print(len(g.__all__), g.__all__[:2], g.hidden_count)
try:
    print(_internal)
except NameError as e:
    print(type(e).__name__, e)
try:
    from dyn.gen import not_there
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    from dyn import *
    print(sub_only)
except NameError as e:
    print(type(e).__name__, e)
