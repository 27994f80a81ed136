# expect: 3:5 E0114 'async for' outside async function
def f(xs):
    async for x in xs:
        pass
