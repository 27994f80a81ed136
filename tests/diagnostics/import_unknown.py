# expect: 2:8 E0200 module 'numpy' not found
import numpy
