# expect: 3:5 E0001 the 'match' statement is not supported
def f(x):
    match x:
        case 1:
            pass
