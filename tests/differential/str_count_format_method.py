print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{:05d} {:.3f} {:x} {:,}".format(42, 3.14159, 255, 1234567))
print("{{literal}} {}".format("x"))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{0:{1}}".format("w", 5) + "|")
class P:
    def __init__(self):
        self.x = 7
print("{0.x} {p.x}".format(P(), p=P()))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
print("{:*^11}".format(" mid "), "{:+d} {:+d}".format(5, -5))
