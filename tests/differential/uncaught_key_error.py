inventory = {"widget": 4, "gadget": 0}
for name in ["widget", "gadget"]:
    print(name, inventory[name])
def count(name):
    return inventory[name] * 2
print(count("widget"))
print(count("doohickey"))
