samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\r\x00\x07\x1b", "\x7f\x80\xff", "é中🐍", "\u200b\u00a0", "", "'", '"', "\\n"]
for s in samples:
    print(repr(s), len(s))
print(repr("a'b\"c"))
print(repr("\t\n\r\x0b\x0c"))
print(ascii("héllo"), ascii("中"), ascii("🐍"), ascii("\x7f"))
print([ "a'", 'b"', "c\n" ])
print(("x\ty",), {"k\n": "v'"})
print(str("tab\there"))
print(r"raw\nstring", len(r"\n"), "\x41\u0042\U00000043\101")
print("multi" "part" 'concat')
print("""triple "quoted" 'string'""")
print(repr("""line1
line2"""))
