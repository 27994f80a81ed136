import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.capwords("hello   wide\tworld"))
print(string.capwords("a-b-c dE-fG", "-"))
print(string.capwords(""), repr(string.capwords("  x  ")))
print(string.capwords(s="ÉCOLE élève"))
try:
    string.capwords(5)
except AttributeError as e:
    print("AttributeError", e)
try:
    string.capwords()
except TypeError as e:
    print("TypeError", e)
