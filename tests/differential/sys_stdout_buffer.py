import sys

print("text first")
sys.stdout.flush()
n = sys.stdout.buffer.write(b"raw bytes \xe2\x9c\x93\n")
sys.stdout.buffer.flush()
print(n, type(sys.stdin.buffer).__name__)
sys.stdout.buffer.write("caf\u00e9\n".encode("utf-8"))
sys.stdout.flush()
sys.stderr.buffer.write(b"err bytes\n")
print(sys.stdin.buffer.read())
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print("TypeError:", e)
