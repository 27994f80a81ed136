from string import Template
print(Template("$a ${b} $a $$c ${d}e $").get_identifiers())
print(Template("nothing").get_identifiers(), Template("").is_valid(), Template("$$").is_valid())
print(Template("${x} $y").is_valid(), Template("$").is_valid(), Template("${").is_valid())
print(Template.delimiter, Template.braceidpattern, Template.idpattern)
class Percent(Template):
    delimiter = "%"
t = Percent("%who likes %{what} %% %")
print(t.safe_substitute(who="tim", what="ham"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="tim", what="ham")
except ValueError as e:
    print("ValueError:", e)
class Multi(Template):
    delimiter = "::"
print(Multi("::a and ::{b} and :::: and ::").safe_substitute(a=1, b=2))
class Sensitive(Template):
    flags = 0
print(Sensitive("$low $UP").safe_substitute(low=1, UP=2))
