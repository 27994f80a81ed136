from . import order
order.append("models")
from . import views
class User:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return views.render(self)
