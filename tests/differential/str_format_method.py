print("{} {} {}".format(1, "a", None))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=3))
print("{0[1]} {0[k]} {1.real} {1.imag}".format({1: "one", "k": "kay"}, 5))
print("{a[0][1]}".format(a=[["p", "q"]]))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:08.3f}|{:+,}|{:#x}|{:b}".format(3.14159, 1234567, 255, 10))
print("{0!r:>10} {0!s:<6}|".format("q"))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{{}} {{{}}}".format("braced"))
class P:
    x = 10
    def __getitem__(self, k):
        return f"item-{k}"
print("{0.x} {0[abc]} {0[5]}".format(P()))
print("{!a}".format("ñ"))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format(a=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0.nope}".format(5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "}".format()
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{!x}".format(1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print(type(e).__name__, e)
print("{:,.3f}|{:.2%}|{:e}|{:.3g}|{:G}".format(1234.5678, 0.125, 12345.678, 0.0001234, 1e-10))
print("{:<5d}|{:^5d}|{:=+6d}|{: d}|{:-d}".format(7, 7, 7, 7, -7))
print("{:s}".format("s"), "{:}".format(5), "{:10}|".format(5), "{:10}|".format("5"))
print(format(1234, ","), format(0.5, ".0%"), format("x", "^5"), format(10, "o"), format(-3, "04"))
print("{:c}".format(9731), "{:n}".format(1000), "{:_b}".format(255), "{:_x}".format(0xABCDEF))
print("{0:{1}}".format(3.5, ".3f"), "{0:{1}{2}}".format(42, ">", 6))
d = {"a": 1, "b": 2}
print("{a}-{b}".format(**d), "{}-{}".format(*d), "{0}".format(*d.values()))
print("{:.5}".format("truncate me"), "{:.0f}".format(0.5), "{:.0f}".format(1.5))
print("{:10.4}|{:<10.2e}|".format(3.14159265, 31415.9265))
print("{:#b} {:#o} {:#X}".format(5, 64, 3054))
print("{0:>{1}}|{0:<{1}}|".format("ab", 5))
print("{:+.1f} {:+.1f} {: .1f}".format(0.0, -0.0, -0.0))
