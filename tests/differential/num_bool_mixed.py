print(True + True, True - False, True * 10, True / 4, True // 2, True % 2, True ** 10, -True, ~False)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__, type(True & 1).__name__)
print(True == 1, False == 0, True in [1], 1 in [True], [True, 1, 1.0].count(1))
print(sum([True, False, True]), max(True, 0.5), min(False, -1), sorted([True, 0, -1, False, 2]))
print(int(True), float(False), str(True), repr(False), bool("False"), bool(""), bool(0.0), bool(-0.0), bool([0]))
print(bool(None), bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)), bool(float("nan")))
print(True and 5, False and 5, 0 or "x", "" or 0, None or [] or "last", 3 and 4 and 5, 0 and 1 or 2)
print(not 0, not [], not "a", not None, (not 1) == False)
print(isinstance(True, int), issubclass(bool, int), type(True).__mro__[1].__name__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(1 + 2.0, type(1 + 2.0).__name__, 3 * 1.0, 7 / 7, type(7 / 7).__name__, 2 ** 2.0, 2 ** -2, type(2 ** 2).__name__)
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1 < 1.5 < 2, 10 ** 20 == 1e20, 10 ** 23 == 1e23)
print(hash(True) == hash(1), {True: "t", 1: "one"}, {0, False, 0.0}, len({1, 1.0, True}))
print(divmod(True, 2), divmod(7.0, True), True << 3, 8 >> True, 5 & True)
x = 5
x += True
x *= False
print(x)
print(f"{True}", f"{True:d}", f"{True:5}", f"{True!r:>6}", "%d %s %r" % (True, True, False), format(True, ""))
print(str(1.0), str(1), 1.0.__repr__(), (1).__str__(), int.__add__(1, True), float.__mul__(2.0, 3.0))
print(int.__add__(1, 2.0))
try:
    True + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] + ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    2 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc" < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
