def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: enumerate())
t(lambda: enumerate(start=1))
t(lambda: list(enumerate(iterable='ab', start=1)))
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate([], foo=1))
t(lambda: enumerate([], 'x'))
t(lambda: list(enumerate('ab', start=2**70)))
