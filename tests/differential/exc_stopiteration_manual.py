it = iter([1, 2])
while True:
    try:
        v = next(it)
    except StopIteration:
        print("exhausted")
        break
    print("value", v)

class Limited:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom stop value")
        return self.n

l = Limited()
print(list(l))
try:
    next(l)
except StopIteration as e:
    print("StopIteration args:", e.args, e.value)
e = StopIteration(42)
print(e.value, e.args)
try:
    raise StopIteration
except StopIteration as ex:
    print("bare StopIteration value:", ex.value)
def first(seq):
    for x in seq:
        return x
    raise ValueError("empty sequence")
print(first([9, 8]))
try:
    first([])
except ValueError as ex:
    print(type(ex).__name__, ex)
