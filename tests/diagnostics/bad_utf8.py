# expect: 2:9 E0000 (unicode error) 'utf-8' codec can't decode byte 0xff in position 8
x = 1 + ÿþ
