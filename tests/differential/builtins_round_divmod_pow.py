print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(17, -1), round(15, -1), round(25, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 80, 10 ** 9))
print(pow(3, 4), pow(3, 4, 5), pow(2, -2), pow(9, 0.5))
print(abs(-3), abs(-3.5), abs(3 + 0), abs(-0))
print(round(1e15 + 0.5), round(-0.5), round(0.5000001))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
try:
    round("1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(round(5, 0), round(123456789, -4), round(-123456789, -4))
