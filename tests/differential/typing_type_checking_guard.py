# Imports under `if TYPE_CHECKING:` never run in CPython; if the guard is true at run
# time, the import fails with ModuleNotFoundError (Molt treats them like imports
# guarded by `except ImportError`).
import typing
import typing as tp
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    import not_a_real_module_1
if typing.TYPE_CHECKING:
    from not_a_real_module_2 import Thing
elif True:
    print("elif branch runs")
if tp.TYPE_CHECKING:
    import not_a_real_module_3 as nr3
else:
    print("else branch runs")
print(TYPE_CHECKING, typing.TYPE_CHECKING)
TYPE_CHECKING = True
try:
    if TYPE_CHECKING:
        import not_a_real_module_4
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
def f():
    if TYPE_CHECKING:
        from not_a_real_module_5 import x
    return "f"
try:
    print(f())
except ImportError as e:
    print(type(e).__name__, e)
