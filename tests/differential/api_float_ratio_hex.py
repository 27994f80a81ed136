# float.as_integer_ratio / hex / fromhex: exact round trips.
import math
vals = [0.5, 0.1, 1/3, 2.0**-1074, 1.7976931348623157e308, -123.456, 1e-310, 3.0]
for v in vals:
    n, d = v.as_integer_ratio()
    print(v.hex(), n if abs(n) < 10**20 else 'big', d if d < 10**20 else 'big', n / d == v, float.fromhex(v.hex()) == v)
print(float.fromhex('0x1.fffffffffffffp+1023'))
print(float.fromhex('-0x1p-1074'))
print(float.fromhex('0x.8'), float.fromhex('0X1P4'), float.fromhex('  0x10  '))
print(float.fromhex('0x1.00000000000008p0'), float.fromhex('0x1.00000000000018p0'))
print(math.isnan(float.fromhex('nan')), float.fromhex('-inf'))
for bad in ['', '0x', '0x1p', '1.2.3', 'hello', '0x1p1e']:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    float.fromhex('0x1p2000')
except OverflowError as e:
    print('OverflowError', e)
for v in [float('nan'), float('inf'), float('-inf')]:
    try:
        v.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
