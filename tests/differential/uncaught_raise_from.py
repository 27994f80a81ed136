def load(data, key):
    try:
        return data[key]
    except KeyError as e:
        raise RuntimeError("failed to load " + key) from e

d = {"a": 1}
print(load(d, "a"))
print("loading b")
load(d, "b")
