inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan))
print(float("Infinity"), float("-INF"), float("NaN"), float("-nan"))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(inf == inf, inf > 1e308, -inf < -1e308, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan <= nan, nan is nan)
print(inf > 10 ** 1000, max(1, inf), min(-inf, 0))
x = nan
print(x == x, x != x)
print(str(inf), str(-inf), str(nan))
print(bool(nan), bool(inf), bool(0.0), bool(-0.0))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(inf ** 0, nan ** 0, 1 ** nan)
print(abs(-inf), -(-inf), abs(nan))
print([nan] == [nan], nan in [nan])
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
print(5 % inf, -5 % inf, 5.0 // inf)
