def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for x in [0.0, -0.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.0**-1074*3, 123456789.125, float('nan'), float('inf'), -float('inf')]:
    t(lambda: x.as_integer_ratio())
    t(lambda: x.hex())
    t(lambda: float.fromhex(x.hex()))
    t(lambda: x.__trunc__())
    t(lambda: x.__floor__())
    t(lambda: x.__ceil__())
    t(lambda: x.__round__())
    t(lambda: x.__round__(1))
    t(lambda: x.is_integer())
for s in ['0x1p-1074', '0x1p-1075', '0x1.8p-1075', '0x3p-1076', '0x1.fffffffffffff8p1023', '0x1.fffffffffffffp1023', '0x1p1024', ' -0X1.Ap3 ', 'inf', '-Infinity', 'nan', '1', 'a.b', '.8', '8.', '.', '0x', 'p1', '0x1p', '0x1p+', 'x', '0x1.2.3', '0x1g', '1p99999999999999999999', '0x0p99999999999', '0x1p-99999999999999']:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex(5))
t(lambda: round(1.5, None))
t(lambda: round(2.5))
t(lambda: round(2.675, 2))
class F(float): pass
t(lambda: type(F.fromhex('0x1p1')))
t(lambda: F(2.5).__round__())
