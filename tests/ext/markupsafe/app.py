# The real markupsafe 3.0.2 package (its __init__.py, _native.py and the C _speedups,
# from the pinned sdist) used as an application would.
import markupsafe
from markupsafe import Markup, escape, escape_silent, soft_str

# The C speedups are in use, not the pure-Python fallback.
from markupsafe import _speedups

print(markupsafe._escape_inner is _speedups._escape_inner, type(markupsafe._escape_inner).__name__)

# The C function itself.
from markupsafe._speedups import _escape_inner

print(_escape_inner("<a href='x'>&\"</a>"))
print(_escape_inner("plain"), _escape_inner("héllo <ü>"), _escape_inner("€ & 😀 <"))
for s in ["<" * 5, "&&", "\u0100<\u0101", "\U0001F600>\U0001F601"]:
    print(repr(_escape_inner(s)))
try:
    _escape_inner(5)  # the C code returns NULL without an exception for non-str
except SystemError as e:
    print("SystemError:", e)

print(escape("<script>alert('x & y')</script>"))
print(repr(escape("plain")), repr(escape("héllo <ü> & \"€\" 😀")))
print(repr(escape(42)), repr(escape(None)), repr(escape(3.5)))
print(repr(escape_silent(None)), repr(escape_silent("<b>")))
print(repr(soft_str(Markup("<b>"))), repr(soft_str("x")), type(soft_str(5)).__name__)

m = Markup("<em>%s</em>")
print(repr(m % "foo & bar"), repr(m % ("<i>",)))
print(repr(Markup("<p>%(a)s|%(b)d</p>") % {"a": "<x>", "b": 7}))
print(repr(Markup("<em>Hello</em> ") + "<foo>"), repr("<foo>" + Markup("<em>")))
print(repr(Markup("<br>") * 3), repr(3 * Markup("&")))
print(repr(Markup("<li>{0}</li><li>{name}</li>").format("<1>", name="a&b")))
print(repr(Markup("{0!r:}").format("<q>")))
print(repr(Markup(", ").join(["<a>", Markup("<b>"), "c&d"])))
print(repr(Markup("a <b> c").split()), repr(Markup("x<>y").rsplit("<>")))
print(repr(Markup("Main &raquo;\t<em>About</em> <!-- c <x> -->end").striptags()))
print(repr(Markup("&lt;&amp;&#39;&#x27;&gt; &nbsp;&copy;").unescape()))
print(repr(Markup.escape("<&>")), repr(Markup.escape(Markup("<ok>"))))
print(repr(Markup("<b>").upper()), repr(Markup(" <b> ").strip()), repr(Markup("ab").center(6, "*")))
print(repr(Markup("a<b>c").partition("<b>")), repr(Markup("abc")[1:]), repr(Markup("abc")[0]))
print(repr(Markup("a%sb").replace("%s", "<>")), repr(Markup("x").ljust(3, "*")))


class User:
    def __init__(self, name):
        self.name = name

    def __html__(self):
        return f"<span class='user'>{escape(self.name)}</span>"

    def __html_format__(self, spec):
        if spec == "upper":
            return Markup(self.__html__().upper())
        return Markup(self.__html__())


class OnlyHtml:
    def __html__(self):
        return "<i>only</i>"


u = User("<admin>")
print(repr(escape(u)), repr(Markup(u)), repr(Markup(OnlyHtml())))
print(repr(Markup("<p>{0}</p> <p>{0:upper}</p>").format(u)))
print(repr(Markup("{}").format(OnlyHtml())), repr(Markup("%s and %s") % (u, OnlyHtml())))
try:
    Markup("{0:spec}").format(OnlyHtml())
except ValueError as e:
    print("ValueError:", str(e).split(" given")[0])
try:
    Markup("{0:x}").format(Markup("m"))
except ValueError as e:
    print("ValueError:", e)
print(repr(Markup("{a}").format_map({"a": "<&>"})))
print(isinstance(Markup("x"), str), Markup("x") == "x", hash(Markup("x")) == hash("x"))
print(repr(Markup("a\nb").splitlines()), repr(Markup("%.2f|%5s|%r") % (1.234, "<", "<")))
print(len(escape("x" * 1000 + "<")), repr(escape("")))
try:
    markupsafe.no_such_attribute
except AttributeError as e:
    print("AttributeError:", e)

# The deprecated module attribute: markupsafe's module __getattr__ imports warnings and
# importlib.metadata (answered from what `molt ext build` recorded).
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(markupsafe.__version__)
print([(w.category.__name__, str(w.message)[:40]) for w in caught])
