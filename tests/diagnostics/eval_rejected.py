# expect: 2:7 E0115 'eval' runs code given as a string at run time; Molt compiles programs ahead of time and does not support it
print(eval("1 + 1"))
