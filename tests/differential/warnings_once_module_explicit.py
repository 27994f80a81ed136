import warnings
shown = []
warnings.showwarning = lambda m, c, f, l, file=None, line=None: shown.append((str(m), f, l))
warnings.resetwarnings()
warnings.simplefilter("module")
reg = {}
for line in (1, 2, 3, 1):
    warnings.warn_explicit("m", UserWarning, "a.py", line, registry=reg)
print(shown)
print(sorted((k for k in reg if k != "version"), key=repr))
shown.clear()
warnings.simplefilter("once")
reg2 = {}
for line in (1, 2, 1):
    warnings.warn_explicit("o", UserWarning, "a.py", line, registry=reg2)
warnings.warn_explicit("o", UserWarning, "b.py", 4, registry={})
print(shown)
print(sorted((k for k in reg2 if k != "version"), key=repr))
shown.clear()
for line in (1, 2):
    warnings.warn_explicit("o2", UserWarning, "c.py", line)
print(shown)
print(sorted(warnings.onceregistry, key=repr))
