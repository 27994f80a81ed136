# expect: 3:5 E0001 the 'with' statement is not supported
def f():
    with open("x") as f:
        pass
