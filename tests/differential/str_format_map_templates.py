class Default(dict):
    def __missing__(self, key):
        return f"<{key}?>"
tmpl = "Hello {name}, you are {age} years; {unknown}"
print(tmpl.format(**Default(name="Ann", age=30, unknown="?")))
try:
    tmpl.format(**{"name": "x"})
except KeyError as e:
    print(type(e).__name__, e)
print("%(a)s and %(b)s" % Default(a=1))
class Attr:
    def __init__(self):
        self.first = "F"
        self.items = ["i0", "i1"]
print("{0.first}-{0.items[1]}".format(Attr()))
import string
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:5], string.capwords("hello   big world"))
print(string.capwords("a-b c-d", "-"), len(string.printable), string.hexdigits, string.octdigits)
rows = [("apple", 1.5, 10), ("kiwi", 0.25, 200), ("watermelon", 12.0, 1)]
print(f"{'name':<12}{'price':>8}{'qty':>6}")
for name, price, qty in rows:
    print(f"{name:<12}{price:>8.2f}{qty:>6d}")
print("{:-^26}".format(" total "))
print("{:<12}{:>8.2f}{:>6d}".format("sum", sum(r[1] for r in rows), sum(r[2] for r in rows)))
print("|".join(f"{c:^5}" for c in "abc"), "{:>{}}".format("x", 4), "{:{}{}}".format("y", "^", 5))
print("%-10s|%10s|" % ("left", "right"), "%05.1f%%" % 99.5, "%+.3d" % 7, "%x|%X|%#o" % (255, 255, 8))
table = {"alpha": 3, "be": 12, "gamma": 100}
w = max(map(len, table))
for k, v in table.items():
    print(f"{k:.<{w + 3}}{v:.>5}")
print("{0:{fill}{align}{width}}".format("c", fill="~", align="^", width=7))
print("{!r:^10}".format("q"), "{0!s}{0!r}{0!a}".format("é"))
print("a{}b{}c".format(*"XY"), "{}{}".format(1, 2), "{0}{0}{1}".format("ab", "c"))
