print(pow(2, 10), pow(2, 0), pow(0, 0), pow(-3, 3))
print(pow(2, 100, 1000000007))
print(pow(3, 200, 13))
print(pow(-2, 3, 5), pow(2, 3, -5))
print(pow(7, -1, 13))
print(pow(123456789, 987654321, 10 ** 9 + 7))
print(2 ** -1, 10 ** -2)
print((-2) ** 2, -2 ** 2)
print(2 ** 3 ** 2)
print(pow(10, 30))
print(0 ** 5, 1 ** 1000, (-1) ** 1001)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 5
x **= 3
print(x)
print(pow(2.0, 3), pow(4, 0.5))
