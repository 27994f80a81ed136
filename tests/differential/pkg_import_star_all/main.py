from lib.nosall import *
from lib.withall import *
import lib

print(visible(), CONST)
try:
    print(_hidden_fn())
except NameError as e:
    print(type(e).__name__, e)
print(exported_a(), exported_b)
try:
    not_exported()
except NameError as e:
    print(type(e).__name__, e)
print(sorted(k for k in globals() if not k.startswith("__")))
import lib.withall as w
print(w.not_exported(), w.__name__, w.__all__)
print(lib.__name__)
from lib import withall, nosall
print(withall is w, nosall.CONST)
import lib.bad_all
