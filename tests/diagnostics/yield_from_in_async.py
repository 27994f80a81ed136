# expect: 3:5 E0114 'yield from' inside async function
async def f(xs):
    yield from xs
