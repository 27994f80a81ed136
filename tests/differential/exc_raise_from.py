class ConfigError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError("bad config value: " + s) from e

try:
    parse("abc")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__, "cause:", e.__cause__)

try:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("no context shown") from None
except RuntimeError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

try:
    raise ValueError("direct") from TypeError("origin")
except ValueError as e:
    print(e, "<-", repr(e.__cause__))

e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__)
print(parse("42"))
