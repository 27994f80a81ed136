# A formatter that escapes each field, as template engines (markupsafe) build on
# string.Formatter.
import string

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

class Safe(str):
    def __html__(self):
        return str(self)

class EscapeFormatter(string.Formatter):
    __slots__ = ("escape",)
    def __init__(self, escape):
        self.escape = escape
        super().__init__()
    def format_field(self, value, format_spec):
        if hasattr(value, "__html_format__"):
            rv = value.__html_format__(format_spec)
        elif hasattr(value, "__html__"):
            if format_spec:
                raise ValueError("no spec for __html__ objects")
            rv = value.__html__()
        else:
            rv = self.escape(super().format_field(value, str(format_spec)))
        return str(rv)

class Money:
    def __init__(self, v):
        self.v = v
    def __html_format__(self, spec):
        return f"<b>{self.v:{spec or '.2f'}}</b>"

f = EscapeFormatter(esc)
print(f.format("<p>{}</p> {name} {m} {m:.1f} {s}", "a<b", name="x&y", m=Money(3.14159), s=Safe("<i>ok</i>")))
print(f.vformat("{0[k]}|{0[j]:>5}", ({"k": "<", "j": "&"},), {}))
try:
    f.format("{:x}", Safe("<>"))
except ValueError as e:
    print("ValueError:", e)
print(f.format("{0!r}", "<q>"), f.format("{0:^9}", "<>"))
