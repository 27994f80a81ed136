class Config:
    debug = False
    def __init__(self):
        self.name = "cfg"
c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "dflt"))
setattr(c, "level", 3)
print(c.level, hasattr(c, "level"), hasattr(c, "nope"), hasattr(Config, "debug"))
setattr(c, "debug", True)
print(c.debug, Config.debug)
delattr(c, "level")
print(hasattr(c, "level"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(5, "foo")
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr("abc", "upper")(), getattr([], "append") is not None)
for attr in ["name", "debug", "zzz"]:
    print(attr, hasattr(c, attr))
print(callable(c), callable(Config), callable(print), callable("s"), callable(c.__init__))
m = getattr(c, "__init__")
print(callable(m))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
