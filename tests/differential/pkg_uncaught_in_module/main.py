from tools import parse
print(parse.parse_pair("a=1"))
try:
    parse.parse_pair("broken")
except parse.ParseError as e:
    print("caught", type(e).__name__, e, type(e).__module__ if hasattr(type(e), "__module__") else None)
print(parse.ParseError.__module__, parse.ParseError.__qualname__)
parse.parse_pair("x==")
