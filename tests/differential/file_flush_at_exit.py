import os
import sys

# Output is buffered until flush/close; a file dropped without close() is flushed.
name = "tmp_flush_at_exit.txt"
f = open(name, "w")
f.write("buffered but never closed\n")
g = open(name)
print(repr(g.read()))
f.flush()
print(repr(g.read()))
g.close()
os.remove(name)
def write_and_drop():
    k = open("tmp_dropped.txt", "w")
    k.write("dropped")


write_and_drop()
with open("tmp_dropped.txt") as r:
    print(r.read())
os.remove("tmp_dropped.txt")
sys.exit(0)
