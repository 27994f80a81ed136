import lib
print(lib.use())
lib.helper = lambda: "patched"
print(lib.use())
