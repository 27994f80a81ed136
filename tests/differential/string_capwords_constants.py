import string
print(string.capwords("  hello   world  "), string.capwords("a-b c-d", "-"), string.capwords(""))
print(len(string.printable), string.whitespace == " \t\n\r\x0b\x0c", string.hexdigits, string.octdigits)
print(string.punctuation, string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(sorted(n for n in string.__all__))
print(isinstance(string.Formatter(), object), string.Template("$x").template)
