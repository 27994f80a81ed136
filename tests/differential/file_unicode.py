import os

name = "tmp_unicode.txt"
text = "héllo wörld ✓ 日本語 😀\nzweite Zeile\n"
with open(name, "w", encoding="utf-8") as f:
    print(f.write(text))
with open(name, "rb") as f:
    raw = f.read()
print(len(raw), raw[:8])
with open(name, encoding="utf-8") as f:
    print(f.read(7), f.read(3), repr(f.readline()))
with open(name) as f:
    print(f.read() == text)
with open(name, "w", encoding="latin-1") as f:
    f.write("café")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(f.read(), f.encoding)
with open(name, "wb") as f:
    f.write(b"ok\xff\xfe")
try:
    with open(name) as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
with open(name, errors="replace") as f:
    print(repr(f.read()))
os.remove(name)
