poem = """Roses are red,
  Violets are blue,
\tTabs are here,
And "quotes" too."""
print(poem)
print(len(poem), poem.count("\n"), repr(poem[:12]))
lines = poem.split("\n")
for i, line in enumerate(lines, 1):
    print(i, repr(line.strip()), len(line))
joined = ("implicit "
          "concatenation "
          'of literals')
print(joined)
cont = "line one \
continues"
print(cont)
empty_triple = """"""
print(repr(empty_triple), len(empty_triple))
esc = 'single \'escaped\' and "double"'
print(esc, repr(esc))
print("\\", "\\\\", len("\\\\"), "a\
b")
print("\101\x42\u0043\u00e9")
print("caf\u00e9" == "café", "\U0001F600" == "😀")
