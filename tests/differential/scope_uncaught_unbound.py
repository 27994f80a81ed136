counter = 0

def increment_twice():
    counter += 1
    counter += 1
    return counter

def safe():
    global counter
    counter += 1
    return counter

print(safe(), safe())
try:
    increment_twice()
except UnboundLocalError as e:
    print("caught once:", e)

def outer():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def reset():
        items = []
        return items
    add(1); add(2)
    reset()
    return items
print(outer())
increment_twice()
