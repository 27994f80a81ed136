# expect: 2:1 E0001 'except*' is not supported
try:
    pass
except* ValueError:
    pass
