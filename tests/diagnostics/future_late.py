# expect: 3:1 E0000 from __future__ imports must occur at the beginning of the file
import os
from __future__ import annotations
