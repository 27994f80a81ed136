# expect: 2:8 E0200 module 'numpy' is not available in Molt yet
import numpy
