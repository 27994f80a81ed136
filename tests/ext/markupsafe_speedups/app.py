# markupsafe's C speedups (_speedups.c from the pinned sdist) called directly.
from markupsafe._speedups import _escape_inner

print(_escape_inner("<a href='x'>&\"</a>"))
print(_escape_inner("plain"), _escape_inner("héllo <ü>"), _escape_inner("€ & 😀 <"))
print(len(_escape_inner("x" * 1000 + "<")), _escape_inner(""))
for s in ["<" * 5, "&&", "\u0100<\u0101", "\U0001F600>\U0001F601"]:
    print(repr(_escape_inner(s)))
try:
    _escape_inner(5)  # the C code returns NULL without an exception for non-str
except SystemError as e:
    print("SystemError:", e)
