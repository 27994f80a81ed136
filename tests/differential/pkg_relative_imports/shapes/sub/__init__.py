from .. import init_order
init_order.append("sub")
