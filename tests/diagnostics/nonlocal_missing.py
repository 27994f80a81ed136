# expect: 3:5 E0101 no binding for nonlocal 'y' found
def f():
    nonlocal y
