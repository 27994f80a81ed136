# expect: 2:10 E0117 duplicate argument 'a' in function definition
def f(a, a):
    pass
