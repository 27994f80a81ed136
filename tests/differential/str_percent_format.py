print("%s %r %a" % ("str", "repr", "ä"))
print("%d %i %u" % (42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.00031, 1e-5, 1e20))
print("%c%c %c" % (72, "i", 0x263A))
print("%% literal %s" % "ok")
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%(a)s %(a)r" % {"a": "twice"})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%d" % True, "%s" % None, "%r" % 1.0)
print("%i%%" % 50)
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%(k)s" % {"j": 1}
except KeyError as e:
    print(type(e).__name__, e)
try:
    "%z" % 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%c" % 1114112
except OverflowError as e:
    print(type(e).__name__, e)
print("no args" % ())
try:
    "no args" % 5
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % {"k": 1}, "%d items" % 3)
print(b"%s %d %x" % (b"bytes", 5, 255), b"%c" % 65)
print("%-8s|%8s|" % ("left", "right"))
print("%+.2e|%08.3f|%-+8.1f|" % (-12345.678, -3.14159, 2.5))
print("%x" % -255, "%o" % -8, "%#x" % 0)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%s" % 10**25, "%d" % 10**25, "%e" % 10**25)
print("%5s%%" % 12.5)
