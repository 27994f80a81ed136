def check(v):
    try:
        assert v > 0, "value must be positive, got " + str(v)
        print("ok", v)
    except AssertionError as e:
        print("AssertionError:", e)

check(5)
check(-1)
check(0)

try:
    assert False
except AssertionError as e:
    print("bare assert args:", e.args, repr(str(e)))

try:
    assert 1 == 2, ("tuple", 1)
except AssertionError as e:
    print("tuple message:", e.args)

try:
    assert [], "empty list"
except AssertionError as e:
    print(type(e).__name__, e)

assert True
assert 1, "never"
assert "non-empty"
print("passing asserts are silent")

def side():
    print("message evaluated")
    return "msg"

assert 1 == 1, side()
try:
    assert 1 == 0, side()
except AssertionError as e:
    print("caught", e)

print(issubclass(AssertionError, Exception))
