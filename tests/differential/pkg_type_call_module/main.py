import helper
C = type("C", (), {"z": 3})
print(C.__module__, repr(C), C.__qualname__)
D = helper.make()
print(D.__module__, repr(D))
E = helper.make_via(type)
print(E.__module__)
class Meta(type):
    pass
M = Meta("M", (), {})
print(M.__module__)
def f():
    return type("Local", (), {})
print(f().__module__, helper.call(f).__module__)
