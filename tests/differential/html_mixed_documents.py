import html
doc = """<p class="x">Fish &amp; Chips &mdash; &pound;5 &lt;cheap&gt;</p>
<a href="?a=1&b=2&amp;c=3">link&nbsp;text</a> &#8220;quoted&#8221; &unknown; &copy2024 &#x2603;
"""
u = html.unescape(doc)
print(repr(u))
print(html.escape(u))
print(html.unescape(html.escape(u)) == u)
print(repr(html.unescape("&lt;&lt;&lt;" * 3)), repr(html.unescape("x&" * 5)))
print(repr(html.unescape("&#38;amp; &#x26;lt; &amp;#60;")))
