# expect: 2:1 E0112 'yield' outside function
yield 1
