# expect: 3:4 E0001 annotation form
from __future__ import annotations
x: f(1) = 2
