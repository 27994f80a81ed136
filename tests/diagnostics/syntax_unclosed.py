# expect: 3:* E0000 SyntaxError
x = (1 +
