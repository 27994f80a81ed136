words = ["hello world", "HELLO", "hElLo WoRlD", "123abc", "  mixed Case  ", "o'neil's book", "ß", "ǆ", "élan vital", ""]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.capitalize(), "|", w.title(), "|", w.swapcase())
print("straße".upper(), len("İ".lower()), "ǅ".swapcase())
print("they're bill's friends".title())
print("a1b2c3".title(), "ABC DEF".capitalize())
print("ΑΒΓ".lower(), "αβγ".upper(), "ΣΑΣ".lower())
