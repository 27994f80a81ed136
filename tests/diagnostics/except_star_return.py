# expect: 6:9 E0000 'break', 'continue' and 'return' cannot appear in an except* block
def f():
    try:
        pass
    except* ValueError:
        return 1
