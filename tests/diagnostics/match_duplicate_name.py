# expect: 3:14 E0116 multiple assignments to name 'a' in pattern
match 1:
    case [a, a]:
        pass
