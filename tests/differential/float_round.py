for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005]:
    print(v, round(v), round(v, 2), type(round(v)).__name__)
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1), round(1234.5678, -2))
print(round(-3.14159, 1), round(2.5, 0), round(0.125, 2), round(0.375, 2))
print(round(7), round(7, 1), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5e-324, 300), round(1e300, 2))
print(round(0.0), round(-0.0), round(-0.4), round(-0.6))
print(round(123.456, -3), round(999.9, -3), round(2 ** 70, -20))
print(int(2.9), int(-2.9), int(0.9999999999999999), int(1e19))
x = 2.675
print(round(x, 2), x * 100, round(x * 100))
print(round(1.23456789e-10, 12))
print(round(12345678.9, 1), round(0.1 + 0.2, 15))
