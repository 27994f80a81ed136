# expect: 2:* E0000 SyntaxError
def f(:
    pass
