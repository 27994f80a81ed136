import math
vals = [1.0, 10.0, 100.0, 700.0]
for v in vals:
    print(v, math.exp(v) > 1)
try:
    print(math.exp(1000))
except OverflowError as e:
    print("caught", e)
big = 10 ** 300
print(float(big) * 10)
print(float(big * 10 ** 10))
