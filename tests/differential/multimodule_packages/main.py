import helper
from pkg import thing, VALUE
from pkg.sub.deep import deep_fn
import pkg.sub.deep as d
import pkg.sub
from helper import *

print(helper.greet("x"), thing(), VALUE)
print(deep_fn(), d.deep_fn is deep_fn, pkg.sub.deep.__name__)
print(exported, __name__)
try:
    import does_not_exist
except ImportError as e:
    print("ImportError:", e)
try:
    from pkg import nothing_here
except ImportError as e:
    print(type(e).__name__)
print(helper.counter, helper.__name__)
