class Thing:
    kind = "thing"
    def __init__(self):
        self.value = 1
    def method(self):
        return self.undefined_attr

t = Thing()
try:
    t.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t.method()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Thing.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "str".nope()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].push(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.value
    del t.value
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {}.append
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(t, "kind"), getattr(t, "value", "gone"))
class Sub(Thing):
    pass
try:
    Sub().other
except AttributeError as e:
    print(type(e).__name__, e)
