rows = [("alice", 93.456, 3), ("bob", 7.1, 12), ("christopher", 100.0, 0)]
for name, score, rank in rows:
    print("%-8s|%8.2f|%3d|%-4s|%x" % (name, score, rank, "ok" if score > 50 else "low", rank * 16))
print("%5s%%" % "50", "%05.1f" % -2.345, "%+.3e" % 123.456, "%.0f%%" % 99.5)
print("%s %s" % ("tuple", ("inner",)), "%s" % ([1, 2],), "%r" % ([1, "a"],))
print("%(a)s-%(b)s-%(a)s" % {"a": "x", "b": "y"})
print("%c" % 65, "%c" % "z", "%o" % 64, "%#o" % 64, "%X" % 48879, "%#X" % 48879)
print("%i|%3i|%-3i|%03i" % (1, 2, 3, 4))
print("%.3s|%10.3s|%-10s|" % ("abcdef", "abcdef", "left"))
print("%s" % True, "%d" % True, "%s" % None, "%r" % "q'uote")
print("%e" % 0, "%g" % 0.00001, "%g" % 123456789, "%G" % 1.5e-9)
print("%.2f" % 2.675, "%.1f" % 0.05, "%.1f" % 0.15, "%.1f" % 0.25)
print("no args here %%" % ())
