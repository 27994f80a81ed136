cases = ["", " ", "\t\n\r\x0b\x0c ", "  a  ", "a", "\u3000full-width space\u3000", "\xa0nbsp\xa0", "xxaxx"]
for c in cases:
    print(repr(c), repr(c.strip()), repr(c.lstrip()), repr(c.rstrip()), len(c.strip()))
print(repr("--==text==--".strip("-=")), repr("abcabc".strip("cba")), repr("banana".strip("an")))
print(repr("mississippi".rstrip("ips")), repr("mississippi".lstrip("mis")))
print(repr("  both\n".rstrip("\n")), repr("\n\nlines\n\n".strip("\n")))
print(repr("...".strip(".")), repr("abc".strip("")), repr("  x ".strip(" x")))
print(" \t".isspace(), "".isspace(), "\u3000".isspace(), "a ".isspace())
print(repr(" a b c ".split(" ")), repr(" a b c ".split()))
