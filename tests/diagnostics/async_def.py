# expect: 2:1 E0001 'async def' is not supported
async def f():
    pass
