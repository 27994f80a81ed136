import io, warnings
warnings.simplefilter("always")
buf = io.StringIO()
def show(message, category, filename, lineno, file=None, line=None):
    buf.write(f"[{category.__name__}] {message}\n")
warnings.showwarning = show
warnings.warn("via hook")
warnings.warn_explicit("explicit", SyntaxWarning, "z.py", 2)
print(buf.getvalue(), end="")
warnings.showwarning = warnings._showwarning_orig
def fmt(message, category, filename, lineno, line=None):
    return f"<<{category.__name__}:{message}:{filename}:{lineno}>>\n"
warnings.formatwarning = fmt
out = io.StringIO()
warnings.showwarning("direct", UserWarning, "d.py", 3, file=out)
print(out.getvalue(), end="")
warnings.formatwarning = warnings._formatwarning_orig
out = io.StringIO()
warnings.showwarning("direct", UserWarning, "d.py", 3, file=out, line="  src()  ")
print(out.getvalue(), end="")
warnings.showwarning = 5
try:
    warnings.warn("bad hook")
except TypeError as e:
    print("TypeError", e)
