# filterwarnings patterns: case-insensitive message prefixes, module prefixes, regex
# wildcards and classes.
import warnings
shown = []
warnings.showwarning = lambda m, c, f, l, file=None, line=None: shown.append(str(m))
def attempt(label, *msgs, module="m"):
    shown.clear()
    for m in msgs:
        warnings.warn_explicit(m, UserWarning, "pkg/mod.py", 1, module=module)
    print(label, shown)
warnings.resetwarnings()
warnings.simplefilter("always")
warnings.filterwarnings("ignore", message="dep")
attempt("prefix", "deprecated thing", "DEPRECATED too", "not dep", "de")
warnings.filterwarnings("ignore", message=r".*\bold\b")
attempt("wildcard", "something old here", "bold move", "new")
warnings.filterwarnings("ignore", message="[0-9]+ items?$")
attempt("class", "12 items", "1 item", "x items", "3 items left")
warnings.filterwarnings("ignore", module="pkg")
attempt("module prefix", "anything", module="pkg.sub")
attempt("module other", "anything", module="other")
warnings.filterwarnings("ignore", module=r"exact\Z")
attempt("module exact", "a", module="exact")
attempt("module longer", "b", module="exactly")
print([f[1] for f in warnings.filters[:3]])
print([f[3] for f in warnings.filters[:3]])
print(warnings.filters[-1])
