order = []
order.append("app start")
from . import models
from . import views
order.append("app end")
late_value = "set at end of __init__"
