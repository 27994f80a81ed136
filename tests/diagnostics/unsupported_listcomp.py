# expect: 2:6 E0001 a list comprehension is not supported
xs = [i for i in range(3)]
