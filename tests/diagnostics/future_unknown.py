# expect: 2:24 E0000 future feature nested_scopez is not defined
from __future__ import nested_scopez
