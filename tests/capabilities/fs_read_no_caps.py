# molt-capabilities:
import sys

sys.stdout.write("streams work without capabilities\n")
print(sys.argv[0] != "")
print("[denied next]")
open("anything.txt").read()
