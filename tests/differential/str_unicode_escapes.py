s = "héllo wörld ☃ 𝄞"
print(len(s), s.upper(), s.encode("utf-8")[:10], len(s.encode("utf-8")))
print(repr("tab\there"), repr("nl\n"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\x00\x7f\x80"))
print(repr("\u200b"), repr("\U0001F600"), repr("é"), repr("\\"), repr("\r\f\v\a\b"))
print(ascii("😀 é \n"), "\N{SNOWMAN}", "\u2603" == "☃", "\x41\101")
print([ord(c) for c in "aé☃"], chr(97), chr(0x1F600), chr(0))
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
print(r"raw\n\t", r"\d+", len(r"\n"), "a\
b")
print("""triple
"quoted" 'inner'""")
print("😀"[0], "abc😀def"[3:5], "😀😀"[::-1] == "😀😀", "😀".isprintable(), "\n".isprintable())
print(sorted(["b", "A", "a", "B", "é", "e"]), "Z" < "a", "é" > "z")
print("café".encode(), "café".encode("latin-1"), b"caf\xe9".decode("latin-1"))
print("ﬀ".lower(), "ﬀ".upper(), len("ﬀ".upper()), "ς".upper(), "Σ".lower())
print("ΑΒΓ".casefold(), "ὈΔΥΣΣΕΎΣ".lower())
print(str(b"\x00\xff"), bytes("hé", "utf-8"), bytearray("ab", "ascii"))
print("ａｂｃ".isalpha(), "١٢٣".isdigit(), "Ⅻ".isnumeric())
print("a" "b" 'c', "x" + "y" * 2, "-".join("😀é"))
print("\t".join(["a", "b"]).expandtabs(4) + "|")
print("%r" % "it's", "%r" % 'say "hi"', "%r" % "both ' \"")
print(hex(ord("€")), "€".encode("utf-8").hex(), bytes.fromhex("e282ac").decode())
print(repr(str(b"abc")), repr(bytes(3)), repr(b"\t\n\\'"))
