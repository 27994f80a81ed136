s = "héllo wörld"
print(s, len(s), s[1], s[-4], s.upper(), s.title())
c = "中文字符"
print(c, len(c), c[0], c[-1], c[1:3], c[::-1])
e = "I ❤ Python 🐍!"
print(e, len(e), e[2], e[-2], e.upper())
print(repr(e), ascii(e))
u = "über Straße Ärger"
print(u.upper(), u.lower(), u.swapcase(), u.capitalize())
print(ord("é"), ord("中"), ord("🐍"), chr(233), chr(20013), chr(128013))
print("é" < "z", "z" < "é", "中" > "a", sorted(["ü", "u", "z", "a", "é"]))
print("añb".split("ñ"), "x😀y😀z".split("😀"), "😀" * 3)
print("é" in s, "wö" in s, "xyz" in s)
print("ü".isalpha(), "中".isalpha(), "🐍".isalpha(), "５".isdigit())
print(str(len("👍🏽")), repr("e\u0301"), len("e\u0301"))
print("Ω".lower(), "ω".upper(), "ﬁ".upper(), len("ﬁ".upper()))
