# expect: 3:9 E0112 'yield' outside function
class C:
    x = yield 2
