g = ExceptionGroup("eg", [TypeError("t"), ValueError("v")])
g.add_note("group note")
m, r = g.split(TypeError)
print(m.__notes__, r.__notes__, m.__notes__ is g.__notes__)
try:
    raise g
except* TypeError:
    print("handled TypeError")
