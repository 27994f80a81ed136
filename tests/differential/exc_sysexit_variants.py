import sys
for arg in [None, 0, 3, "message", [5]]:
    try:
        sys.exit(arg) if arg is not None else sys.exit()
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args, str(e))
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code, isinstance(e, Exception))
try:
    exit_fn = sys.exit
    exit_fn("via alias")
except SystemExit as e:
    print(e.code)
def nested():
    try:
        sys.exit(2)
    finally:
        print("finally runs on sys.exit")
try:
    nested()
except SystemExit as e:
    print("nested code", e.code)
try:
    try:
        sys.exit(4)
    except Exception:
        print("not caught by Exception")
except SystemExit as e:
    print("caught by SystemExit", e.code)
print("stdout before exit", flush=True)
print("to stderr", file=sys.stderr)
sys.exit("final message to stderr")
