# {...} displays add their items in source order; comprehensions in iteration order.
a, b, c, d, e = 16, 0, 8, -1, -2
print({a, b, c})
print({c, b, a})
print({d, e, a, b}, {e, d, a, b})
x = [64, 128, 0, 192]
print({*x}, {*x, 3}, {3, *x}, {*reversed(x)})
print({i * 16 for i in range(10)}, {i * 16 for i in range(9, -1, -1)})
print({(i * 37) % 50 for i in range(40)})
print({1, 2, 3}, {10, 20, 30, 40})
print(set(), {()}, {(1, 2)})
