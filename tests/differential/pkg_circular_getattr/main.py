import app
from app import models
from app.lazy import *
import app.lazy as lazy

print(models.User("ann").describe())
print(app.views.render(models.User("bob")))
print(lazy.CONSTANT, lazy.dynamic_thing, lazy.another)
try:
    lazy.not_provided
except AttributeError as e:
    print(type(e).__name__, e)
print(public_func(), "hidden" in dir(), "_private" in dir(), "CONSTANT" in dir())
print(sorted(lazy.__all__))
print(app.order)
from app import late_value
print(late_value)
