print(format(42), format(42, ""), format("s", ""), repr(format("", "")))
print(format(42, "5"), format(42, "<5") + "|", format(42, "^5") + "|")
print(format(3.5), format(3.5, ".2f"), format(1e100), format(-0.0))
print(format("text", ">8"), format("text", "8") + "|", format("text", ".2"))
print(format(1234567, ","), format(1234567, "_"), format(0xDEADBEEF, "_x"))
print(format(True), format(None), format([1, 2]))
print(format(True, "d"), format(True, ">5"))
try:
    format("abc", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format([1], "x")
except TypeError as e:
    print(type(e).__name__, e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = str(self.cents // 100) + "." + str(self.cents % 100).zfill(2)
        if spec:
            return format(s, spec)
        return "$" + s
m = Money(12345)
print(format(m), format(m, ">10"), f"{m}", f"{m:<9}|")
print("{:^9}|".format(m))
