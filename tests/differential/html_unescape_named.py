from html import unescape
names = ["amp", "lt", "gt", "quot", "apos", "nbsp", "copy", "reg", "trade", "euro", "hellip", "mdash", "ndash", "larr", "rArr", "hearts",
         "alpha", "Omega", "infin", "ne", "le", "ge", "frac34", "sup2", "deg", "plusmn", "times", "divide", "para", "sect", "Aring", "szlig",
         "NotEqualTilde", "nvlt", "bne", "fjlig", "ThickSpace", "acE", "Bopf", "zwnj", "zwj", "lrm", "rlm"]
for n in names:
    print(n, repr(unescape("&" + n + ";")), repr(unescape("&" + n)))
print(repr(unescape("&amp;amp; &AMP; &Amp; &ampx &amp x &notanentity; &notin &noti; &notit")))
print(repr(unescape("&lt;p&gt;Caf&eacute; &amp; cr&egrave;me br&ucirc;l&eacute;e&lt;/p&gt;")))
print(repr(unescape("&&& & ;&; &a &ab; &#;")))
print(repr(unescape("&" + "x" * 33 + ";")), repr(unescape("&lt" + "y" * 40)))
