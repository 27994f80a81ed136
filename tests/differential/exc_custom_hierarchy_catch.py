class AppError(Exception):
    code = 1
class NetworkError(AppError):
    code = 10
class TimeoutError_(NetworkError):
    code = 11
class ParseError(AppError):
    code = 20

def operation(kind):
    if kind == "timeout":
        raise TimeoutError_("timed out after 30s")
    if kind == "network":
        raise NetworkError("connection refused")
    if kind == "parse":
        raise ParseError("unexpected token")
    if kind == "builtin":
        raise KeyError(kind)
    return "ok"

for kind in ["none", "timeout", "network", "parse", "builtin"]:
    try:
        result = operation(kind)
    except NetworkError as e:
        result = "network-family[" + str(e.code) + "] " + type(e).__name__ + ": " + str(e)
    except AppError as e:
        result = "app[" + str(e.code) + "] " + str(e)
    except Exception as e:
        result = "other " + repr(e)
    print(kind, "->", result)
print(TimeoutError_.__mro__[1].__name__, TimeoutError_.__mro__[2].__name__)
print(issubclass(TimeoutError_, AppError), issubclass(ParseError, NetworkError), isinstance(ParseError("x"), Exception))
errors = []
for kind in ["parse", "timeout", "none"]:
    try:
        operation(kind)
    except AppError as e:
        errors.append((type(e).__name__, e.code, e.args))
print(errors)
