import helpers
from helpers import mod_a
print(__name__, helpers.__name__, mod_a.__name__)
print(mod_a.who_am_i(), mod_a.is_main)
print(helpers.imported_names)
if __name__ == "__main__":
    print("running as main")
import helpers.mod_b as b
print(b.value, b.from_a)
from helpers.mod_b import *
print(shared)
print(helpers.mod_a is mod_a, hasattr(helpers, "mod_b"))
def f():
    return __name__
print(f(), f.__module__, mod_a.who_am_i.__module__)
