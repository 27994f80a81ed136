samples = ["123", "12.3", "abc", "ABC", "aBc", "abc123", "", " ", " \t\n", "Ab Cd", "٣", "½", "²", "Ⅻ", "éü", "中文", "a_b", "ABC1", "abc1"]
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.isdecimal(), s.isnumeric()]
    out = ""
    for f in flags:
        out += "T" if f else "."
    print(repr(s).ljust(10), out)
print("digit alpha alnum space upper lower decimal numeric")
