# expect: 2:14 E0117 keyword argument repeated: c
f(1, 2, c=3, c=4)
