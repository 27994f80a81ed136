import sys
import warnings
print(warnings.formatwarning("message", UserWarning, "file.py", 12), end="")
print(warnings.formatwarning("m2", DeprecationWarning, "/a/b.py", 1, "    source line   "), end="")
print(repr(warnings.formatwarning("m3", RuntimeWarning, "x", 0, "")))
warnings.showwarning("shown", UserWarning, "shown.py", 5, file=sys.stdout)
warnings.showwarning("shown2", RuntimeWarning, "shown.py", 6, sys.stdout, "line = 6")
seen = []
def custom(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__))
old = warnings.showwarning
warnings.showwarning = custom
warnings.simplefilter("always")
warnings.warn("to custom")
warnings.warn("again", RuntimeWarning)
warnings.showwarning = old
print(seen)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, "nofile.py", 42)
    warnings.warn_explicit(SyntaxWarning("explicit2"), None, "other.py", 7, module="m")
m = warnings.WarningMessage(UserWarning("wm"), UserWarning, "f.py", 3)
print(m.message, m.category.__name__, m.filename, m.lineno, m.line, m.file)
print(str(m))
