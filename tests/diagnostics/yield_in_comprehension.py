# expect: 3:17 E0112 'yield' inside dict comprehension
def f():
    return {x: (yield from x) for x in "ab"}
