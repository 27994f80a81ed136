import string
from string import Template, Formatter
print(string.ascii_letters, string.capwords("hello  world"))
t = Template("$who likes ${what} $$ 5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "a"}, what="b"))
print(Template("$a $b").safe_substitute(a=1))
print(Template("$a ${b} $a $").get_identifiers(), Template("$a $").is_valid(), Template("$a").is_valid())
for s in ["abc $", "x\n$1", "ab\r\ncd ${x", "a\n"]:
    try:
        print(Template(s).substitute(x=1))
    except ValueError as e:
        print("ValueError:", e)
try:
    Template("$zz").substitute()
except KeyError as e:
    print("KeyError:", e)
f = Formatter()
print(f.format("{0}-{1!r:>5}-{x.real}-{y[1]}-{{}}", 3, "a", x=2.5, y=[7, 8]))
print(list(f.parse("a{{b}}c{0!r:{w}}d{}")))
class P(Formatter):
    def get_value(self, key, args, kwargs):
        print("get_value", repr(key))
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        print("ff", repr(value), repr(spec)); return super().format_field(value, spec)
    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)))
print(P().format("{} and {} {z:{w}}", 1, 2, z=3, w=4))
for fs, a in [("{}{0}", (1,)), ("{0}{}", (1,)), ("{", ()), ("}", ()), ("{0!x}", (1,)), ("{:{:{:{}}}}", (1,2,3,4)), ("{0.}", (1,)), ("{0[}", (1,)), ("{5}", (1,))]:
    try:
        print(f.format(fs, *a))
    except Exception as e:
        print(type(e).__name__, e)
