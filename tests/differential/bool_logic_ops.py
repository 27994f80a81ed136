tf = [True, False]
for a in tf:
    for b in tf:
        print(a, b, "and:", a and b, "or:", a or b, "xor:", a ^ b, "eq:", a == b, "not a:", not a)
print(not not 3, not not 0, (not 1) == False)
print(True is not False, (1 == 1) is True, type(1 == 1).__name__)
print(bool("0"), bool(0), bool("False"), bool([False]))
print(1 if True else 0, True + True + True, sum([1 < 2, 2 < 3, 3 < 2]))
print(str(True).lower(), repr(True), f"{True}", f"{False!r}", "%s" % True, "%d" % True)
print(int(True) << 3, True * "ab", [0, 1][True])
print(True == 1.0, False == 0.0, True > 0.5)
x = 5
print(x > 3 and x < 10, not x > 3, not (x > 3 and x < 4))
print(isinstance(False, int), bool.__name__, bool(None) is False)
print(any([]) or all([]), max(False, 0), min(0, False))
