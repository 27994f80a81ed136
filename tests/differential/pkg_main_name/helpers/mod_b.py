from .mod_a import who_am_i
value = 10
from_a = who_am_i()
shared = "shared from b"
