name = "tmp_wrong_mode_uncaught.txt"
f = open(name, "w")
f.write("x")
f.close()
import os
os.remove(name)
g = open(name, "w")
print("before")
g.read()
