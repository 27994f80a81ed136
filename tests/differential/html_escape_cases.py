import html
samples = ["", "plain", "<>&\"'", "a < b && c > d", "'single' \"double\"", "&amp; already", "emoji 😀 <tag>", "\x00\t\n", "é<è>ê"]
for s in samples:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))
print(html.escape("<b>", quote=0), html.escape("<b>\"", quote=[]), html.escape("'", quote="yes"))
try:
    html.escape(b"<b>")
except Exception as e:
    print(type(e).__name__, e)
print(html.unescape(html.escape("round <trip> & 'back' \"again\"")))
