imported_names = []
from . import mod_a
imported_names.append(mod_a.__name__)
