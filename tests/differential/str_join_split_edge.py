print("a b\tc\nd".split(), "a  b".split(" "), "a,b,c,".split(","), ",".split(","), "".split(" "))
print("1,2,3".split(",", 0), "1,2,3".split(",", -1), "1,2,3".rsplit(",", 0), "a b c".rsplit(None, 1), "  a  b  ".rsplit(maxsplit=1))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("aXbXc".split("X"), "aXXb".split("XX"), "XXX".split("X"), "abc".split("abc"), "abc".split("abcd"))
print("\u2003a\u00a0b".split(), "a\u2028b".splitlines(), "a\x0cb\x0bc".splitlines())
print("-".join(str(i) for i in range(5)), "".join(reversed("abc")), "ab".join("xyz"), " ".join(["", ""]))
print("a".center(4), "a".center(4, "."), "ab".center(5, "."), "abc".center(2), "x".zfill(0), "".zfill(3))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print("hello"[1:4:2], "hello"[-1::-2], "hello"[::0] if False else "skip", "abc"[True], "abc"[-3])
try:
    "abc"[::0]
except ValueError as e:
    print(type(e).__name__, e)
print("Mississippi".count("ss"), "Mississippi".count("s", 4), "Mississippi".find("ss", 3), "Mississippi".rfind("ss", 0, 5))
print("abc".find(""), "abc".rfind(""), "".find(""), "abc".index("", 3))
print("a\tb".expandtabs(), repr("a\tb\tc".expandtabs(2)), "x\r\ny".splitlines(keepends=True))
print("%s|%s" % ("a".ljust(3, "*"), "a".rjust(3, "*")), "TeSt".lower().upper(), "hello world".title())
print("they're bill's".title(), "hello-world_foo".title(), "ABC def".capitalize(), "1st place".capitalize())
print("aAbB".swapcase(), "straße".upper(), "ÀÉÎ".lower(), "ǈ".swapcase())
print(str.upper("x"), str.join(",", "ab"), str.split("a b"), str.strip("  x "), str.__len__("abc"))
print("abc" < "abd", "abc" < "ab", "B" < "a", "a" * 3 < "a" * 4, "é" > "e", sorted(["é", "e", "f", "E"]))
print(" ".isspace(), "".isspace(), "\u00a0".isspace(), "abc".isascii(), "é".isascii(), "".isascii())
print("Ab1".isalnum(), "A b".isalnum(), "Ⅳ".isalpha(), "Ⅳ".isnumeric(), "3.5".isdecimal(), "-1".isdigit())
