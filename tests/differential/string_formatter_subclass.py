import string

class Loud(string.Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

print(Loud().format("hello {} and {name}", "world", name="you"))

class Defaults(string.Formatter):
    def __init__(self, default="?"):
        self.default = default
        super().__init__()
    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key] if key < len(args) else self.default
        return kwargs.get(key, self.default)

print(Defaults().format("{0} {1} {x} {y}", "a", x="X"))
print(Defaults("-").format("{} {} {}", 1))

class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        unused |= set(range(len(args))) - used_args
        if unused:
            raise ValueError(f"unused: {sorted(map(str, unused))}")

try:
    Strict().format("{0} {a}", 1, 2, a=3, b=4)
except ValueError as e:
    print(e)
print(Strict().format("{0}{a}", 1, a=2))

class Tracing(string.Formatter):
    def parse(self, format_string):
        print("parse", repr(format_string))
        return super().parse(format_string)
    def get_field(self, field_name, args, kwargs):
        print("get_field", repr(field_name))
        return super().get_field(field_name, args, kwargs)
    def convert_field(self, value, conversion):
        print("convert_field", repr(value), repr(conversion))
        return super().convert_field(value, conversion)

print(Tracing().format("<{0!r:>{1}}>", "v", 6))

class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

print(Upper().format("{0!u} {0!s}", "mixed Case"))

class Fixed(string.Formatter):
    def parse(self, format_string):
        if format_string == "":
            return []
        return [("A", "0", "", None), ("B", None, None, None)]

print(Fixed().format("ignored", 7))
