def load(path):
    with open(path) as f:
        return f.read()

print("loading")
load("tmp_definitely_missing.cfg")
