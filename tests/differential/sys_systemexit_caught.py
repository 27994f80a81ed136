import sys
def quit_now(code):
    print("quitting with", code)
    sys.exit(code)

try:
    quit_now(5)
except SystemExit as e:
    print("caught SystemExit", e.code, type(e.code).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("string code:", e.code)
try:
    quit_now(0)
finally:
    print("finally runs before exit")
print("never")
