print("%s and %s" % ("one", "two"))
print("%r %r" % ("str", 5))
print("%d %i %5d %-5d| %05d %+d" % (42, 42, 42, 42, 42, 42))
print("%5.2f|%-8.3f|%08.2f|%.0f" % (3.14159, 2.5, -1.5, 2.5))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%e %.2e %g %G" % (12345.678, 0.00012, 1e-7, 1e20))
print("%-5s|%5s|%.2s" % ("ab", "ab", "abcdef"))
print("100%% sure, %s%%" % 50)
print("%(name)s is %(age)d years" % {"name": "Bob", "age": 33})
print("%(x)r %(x)s" % {"x": "q"})
print("%s" % [1, 2], "%s" % (("tuple",),))
print("%c%c" % (72, "i"))
print("%s" % "single", "%d" % 3.99, "%s" % None)
print("%*d|%-*d|" % (5, 1, 5, 2))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%d" % "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%(a)s" % {"b": 1})
except KeyError as e:
    print(type(e).__name__, e)
print("%a" % "é", "%5.1f%%" % 12.345)
