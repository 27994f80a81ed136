import counters.registry as reg
from counters import registry
from counters.registry import register, counts
import counters.plugins.alpha
import counters.plugins.beta
from counters.plugins import alpha as a_again

print(reg is registry, counts is reg.counts)
register("main")
print(sorted(reg.counts.items()))
reg.counts = {"replaced": 1}
print(counts, reg.counts)
print(a_again.NAME, counters.plugins.beta.NAME)
import sys
print("counters.registry" in sys.modules, sys.modules["counters.plugins.alpha"] is a_again)
print(sorted(k for k in sys.modules if k.startswith("counters")))
import counters.plugins.alpha
print(counters.plugins.alpha.loaded_times)
print(reg.__name__, reg.__doc__)
print(counters.plugins.__name__, counters.__doc__)
def local_import():
    from counters.registry import register as r2
    return r2 is register
print(local_import())
