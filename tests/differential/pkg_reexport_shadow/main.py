import core
from core import api
from core.impl import engine

print(core.api.run(), api is core.api)
print(core.engine_name, core.impl.engine.NAME, engine.counter)
print(core.helper(3))
import core.impl.engine as eng2
print(eng2 is engine, eng2.bump(), engine.counter)
import core.impl
print(sorted(n for n in vars(core.impl) if not n.startswith("__")))
print(core.impl.__name__, core.api.__name__)
from core import impl as imp_alias, api as api_alias
print(imp_alias is core.impl, api_alias.VERSION)
print(core.api.VERSION, core.VERSION)
print(hasattr(core, "engine"), hasattr(core.impl, "engine"))
