# expect: 3:5 E0115 'exec' runs code given as a string at run time; Molt compiles programs ahead of time and does not support it
def f(src):
    exec(src)
