from . import init_order
init_order.append("base")
class Square:
    def __init__(self, s):
        self.s = s
