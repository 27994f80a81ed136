"""Registry module."""
counts = {}
def register(name):
    counts[name] = counts.get(name, 0) + 1
