# expect: 3:12 E0114 'await' outside async function
def f(x):
    return await x
