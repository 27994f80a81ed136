from typing import TypeVar, ParamSpec
from collections import namedtuple
import defs
T = TypeVar("T")
P = ParamSpec("P")
print(T.__module__, P.__module__, defs.U.__module__)
Pt = namedtuple("Pt", "x y")
print(Pt.__module__, defs.Rec.__module__, namedtuple("Q", "a", module="elsewhere").__module__)
def g[V](): pass
class C[W]: pass
print(g.__type_params__[0].__module__, C.__type_params__[0].__module__, defs.h.__type_params__[0].__module__)
