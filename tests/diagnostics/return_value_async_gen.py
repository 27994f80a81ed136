# expect: 4:5 E0114 'return' with value in async generator
async def f():
    yield 1
    return 2
