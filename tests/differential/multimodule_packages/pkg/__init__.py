from .mod import thing
VALUE = 42
print("pkg init")
