from typing import TypeVar
from collections import namedtuple
U = TypeVar("U")
Rec = namedtuple("Rec", "a b")
def h[X](): pass
