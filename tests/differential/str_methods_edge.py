s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" !")), repr("xxaxx".strip("x")))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".split(), " a b ".split(" "))
print("a,b,c".rsplit(",", 1), "".split(","), "".split(), "  ".split())
print("line1\nline2\r\nline3\rend".splitlines(), "a\nb\n".splitlines(True))
print("abc".center(9, "*"), "abc".ljust(6, "-"), "abc".rjust(6), "42".zfill(5), "-42".zfill(5), "+7".zfill(4))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"))
print("hello".find("l", 3), "hello".find("l", -2), "hello".count(""), "aaa".count("aa"))
try:
    "hello".index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "hello".rindex("z")
except ValueError as e:
    print(type(e).__name__, e)
print("hello world".title(), "HeLLo".swapcase(), "hello".capitalize(), "ß".upper(), "İ".lower() == "i̇")
print("a-b-c".replace("-", "+"), "a-b-c".replace("-", "", 1), "aaa".replace("a", "b", 0), "abc".replace("", "|"))
print("x".join(["1", "2", "3"]), "".join([]), ", ".join("abc"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc".startswith("b", 1))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
print("a1".isalnum(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "".isalpha(), " \t".isspace())
print("Hello World".istitle(), "hello".islower(), "HELLO1".isupper(), "_id1".isidentifier(), "1a".isidentifier())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
print("tab\tsep".expandtabs(4), "a\tbc\td".expandtabs(), "%r" % "a\tb".expandtabs(0))
print("hello"[::-1], "hello"[1:-1], "hello"[10:], "hello"[-10:2])
print("ab" * 3, 3 * "-", "ab" * 0, "ab" * -1)
print("Straße".casefold(), "ﬁ".upper(), "ǅ".lower(), "ǅ".upper(), "ǆ".title())
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
t = str.maketrans({"a": "1", "b": None}, )
print("abcab".translate(t), "hello".translate(str.maketrans("el", "ip")), "hello".translate(str.maketrans("", "", "l")))
print(min("hello"), max("hello"), sorted("cab"), "b" in "abc", "" in "abc")
print(str(), str(123), str(b"x"), str(b"x", "ascii"), str(1.0), str([1]), str(None))
try:
    "abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % "abc".encode(), "é".encode("utf-8"), b"\xc3\xa9".decode(), len("é".encode()))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"))
