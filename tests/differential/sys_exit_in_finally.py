import sys

try:
    try:
        sys.exit(2)
    finally:
        print("finally runs")
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
    raise
