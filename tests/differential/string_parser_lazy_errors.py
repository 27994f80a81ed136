# formatter_parser and formatter_field_name_split hand out the items before an error,
# then raise it.
import _string
import string
for s in ["a{0}b}c", "x{0}{", "{0}{1!}", "ok{{}}{2", "a{0:{1}}b{", "}"]:
    out = []
    try:
        for item in _string.formatter_parser(s):
            out.append(item)
    except ValueError as e:
        out.append(("ValueError", str(e)))
    print(repr(s), out)
for s in ["0.a..b", "x[1]y", "0[a].b[", "k.a[0].", "0[]", "a.b.c"]:
    first, rest = _string.formatter_field_name_split(s)
    out = []
    try:
        for item in rest:
            out.append(item)
    except ValueError as e:
        out.append(("ValueError", str(e)))
    print(repr(s), repr(first), out)
class Loud(string.Formatter):
    def get_value(self, key, args, kwargs):
        print("get_value", key)
        return super().get_value(key, args, kwargs)
try:
    Loud().format("{0} then {1} then }", "a", "b")
except ValueError as e:
    print("ValueError:", e)
