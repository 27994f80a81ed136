# warn_explicit with an explicit location prints `file:line: Category: message`.
import warnings
warnings.simplefilter("always")
warnings.warn_explicit("first", UserWarning, "nowhere.py", 12)
warnings.warn_explicit("second", DeprecationWarning, "nowhere.py", 13, module="nowhere")
warnings.warn_explicit(RuntimeWarning("as instance"), None, "other.py", 1)
print(warnings.formatwarning("text", FutureWarning, "f.py", 7))
print(repr(warnings.formatwarning("text", FutureWarning, "f.py", 7, "   x = 1  ")))
print(repr(warnings.formatwarning(ValueError("e"), UserWarning, "g.py", "9", "")))
try:
    warnings.warn_explicit("bad", int, "f.py", 1)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.warn_explicit("bad", UserWarning, "f.py", 1, registry=[])
except TypeError as e:
    print("TypeError", e)
