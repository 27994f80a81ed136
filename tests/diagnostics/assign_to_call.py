# expect: 2:1 E0000 Invalid assignment target
f() = 3
