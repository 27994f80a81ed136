from ..util import double
from .. import VERSION
LEVEL = 2
def helper():
    return f"helper {double(5)}"
