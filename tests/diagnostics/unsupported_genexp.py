# expect: 2:10 E0001 a generator expression is not supported
xs = sum(i for i in range(3))
