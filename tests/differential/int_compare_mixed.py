print(1 == 1.0, 1 < 1.5, 2 > 1.999, -1 < -0.5)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float("inf"), 10 ** 400 == float("inf"))
print(0 == -0.0, 0 == False, 1 == True)
print(3 != 3.0, 3 != 3.1)
print(max(1, 2.5, 2), min(3, 2.0, 2), max(2, 2.0), max(2.0, 2))
print(sorted([3, 1.5, 2, -1, 0.0, 0]))
print(1 < 2 < 3.5 < 4)
print(abs(-7), abs(7), abs(-2 ** 100), abs(0))
print(-7 // 2 == -4, round(7 / 2), round(5 / 2))
x = 10
x += 2.5
print(x, type(x).__name__)
print(type(2 + 2).__name__, type(2 * 1.0).__name__, type(True + 1).__name__)
print(float("nan") == float("nan"), 1 < float("nan"), 1 > float("nan"))
try:
    print(1 < "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 + "2")
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1 != "1")
