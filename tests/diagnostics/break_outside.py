# expect: 3:5 E0107 'break' outside loop
if True:
    break
