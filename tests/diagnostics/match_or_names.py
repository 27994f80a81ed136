# expect: 3:10 E0116 alternative patterns bind different names
match 1:
    case 1 | x:
        pass
