import sys
def main(argv):
    print("args:", len(argv) >= 1)
    try:
        raise SystemExit(5)
    except SystemExit as e:
        print("inner exit caught", e.code)
    print("exiting with status 3")
    raise SystemExit(3)
main(sys.argv)
