# molt-capabilities:
import sys

sys.stdout.write("write returns\n")
n = sys.stdout.write("abc\n")
print(n)
print("via print", file=sys.stdout)
sys.stdout.flush()
sys.stderr.write("err\n")
print(len(sys.argv), type(sys.argv[0]).__name__)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.encoding.lower(), sys.stdout.mode, sys.stdin.mode)
print(sys.stdin.readline() == "")
