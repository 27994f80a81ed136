from . import init_order
from .base import Square
init_order.append("util")
def area(sq):
    return sq.s * sq.s
def double(x):
    return x * 2
