# expect: 2:1 E0108 'return' outside function
return 5
