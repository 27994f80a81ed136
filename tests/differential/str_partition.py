for s in ["key=value", "key=val=ue", "novalue", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."))
print("hello world".partition(" wor"), "hello".partition("hello"))
url = "https://example.com/path/page.html"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
base, dot, ext = path.rpartition(".")
print(scheme, host, path, base, ext)
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("中文:字符".partition(":"))
