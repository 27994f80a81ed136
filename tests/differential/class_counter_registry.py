class Registry:
    items = {}
    count = 0
    def __init__(self, name):
        self.name = name
        Registry.count += 1
        self.serial = Registry.count
        Registry.items[name] = self
    def __repr__(self):
        return "<" + self.name + "#" + str(self.serial) + ">"
    def lookup(self, name):
        return Registry.items.get(name)

a = Registry("alpha")
b = Registry("beta")
c = Registry("gamma")
print(Registry.count, sorted(Registry.items), a.lookup("beta"), a.lookup("zeta"))
print(Registry.items)
class Plugin(Registry):
    kind = "plugin"
    def __repr__(self):
        return "Plugin" + super().__repr__()
p = Plugin("delta")
print(p, Registry.count, Plugin.count, p.kind, Registry.items["delta"] is p)
Plugin.count = 100
q = Plugin("eps")
print(q.serial, Plugin.count, Registry.count)
print(isinstance(q, Registry), type(q).__name__, hasattr(a, "kind"))
