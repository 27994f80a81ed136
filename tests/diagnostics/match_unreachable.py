# expect: 3:10 E0116 name capture 'x' makes remaining patterns unreachable
match 1:
    case x:
        pass
    case 2:
        pass
