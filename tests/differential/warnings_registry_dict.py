# The registry passed to warn_explicit: keys, the version stamp, and its reset when
# the filters change.
import warnings
warnings.resetwarnings()
warnings.simplefilter("default")
reg = {}
shown = []
warnings.showwarning = lambda m, c, f, l, file=None, line=None: shown.append((str(m), c.__name__, f, l))
for i in range(3):
    warnings.warn_explicit("hello", UserWarning, "mod.py", 5, registry=reg)
warnings.warn_explicit("hello", UserWarning, "mod.py", 6, registry=reg)
print(shown)
print(sorted((k for k in reg if k != "version"), key=repr))
print("version" in reg, type(reg["version"]).__name__)
warnings.simplefilter("default")
warnings.warn_explicit("hello", UserWarning, "mod.py", 5, registry=reg)
print(len(shown), sorted((k for k in reg if k != "version"), key=repr))
warnings.simplefilter("ignore")
warnings.warn_explicit("quiet", UserWarning, "mod.py", 9, registry=reg)
print(len(shown), ("quiet", UserWarning, 9) in reg)
warnings.simplefilter("always")
for i in range(2):
    warnings.warn_explicit("loud", UserWarning, "mod.py", 9, registry=reg)
print(len(shown), ("loud", UserWarning, 9) in reg)
