registry = {"alpha": 1, "beta": 2}

def lookup(name):
    return registry[name]

print(lookup("alpha"))
for key in [("tuple", "key"), 42, ""]:
    try:
        lookup(key)
    except KeyError as e:
        print("missing", repr(e), str(e), e.args)
lookup("gamma\nwith newline")
