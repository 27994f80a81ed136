# expect: 3:11 E0001 locals() inside a generator
def g():
    yield locals()
