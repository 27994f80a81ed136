# expect: 2:5 E0001 a generator function
def gen():
    yield 1
