for w in ["a", "abc", "abcdef"]:
    print("[" + w.center(7) + "]", "[" + w.ljust(5) + "]", "[" + w.rjust(5) + "]")
print("[" + "ab".center(7, "*") + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(6, "-") + "]")
print("x".ljust(4, "."), "x".rjust(4, "0"), "x".center(0))
for v in ["42", "-42", "+42", "", "abc", "12345", "-0"]:
    print(repr(v.zfill(5)))
print("中文".center(6, "·"), "é".rjust(3, "ü"))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("banana", 100, 12.0)]
for name, qty, price in table:
    print(name.ljust(8) + str(qty).rjust(5) + str(price).rjust(7))
