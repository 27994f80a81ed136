import html
from html import escape, unescape
print(escape("<a href=\"x\">'&'</a>"), escape("<'\">", quote=False), escape("héllo €"))
for s in ["&amp;&lt;&gt;&quot;&#39;&#x27;", "&copy; &COPY &copy2 &notit; &notin; &not", "&#0; &#128; &#x80; &#150; &#xD800; &#x110000; &#99999999999999999999; &#1; &#x0B; &#xFFFE;",
          "&#65&#x41;&#X41;&#;&#x;&", "no refs", "&lt", "&ltx &gtgt; &amp;amp;", "&" + "a" * 40 + ";", "&AElig;&Aacute;&frac12;&NotNestedGreaterGreater;&nbsp", "&\t&\n&#", "&bogus;", "&ab", "&Eacuteé"]:
    print(repr(unescape(s)))
for bad in [5, None]:
    for f in (escape, unescape):
        try: f(bad)
        except Exception as e: print(type(e).__name__, e)
print(html.__all__ if hasattr(html, "__all__") else None)
