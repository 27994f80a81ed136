# expect: 2:5 E0001 a complex number literal is not supported
x = 3j
