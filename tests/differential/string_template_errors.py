from string import Template
cases = ["abc $", "$", "x $ y", "line1\nline2 $!", "a\r\nb\r\n$", "\n\n  $%", "${unclosed", "${1}", "$ {x}", "ok\n$\n", "a\x0bb $."]
for s in cases:
    try:
        print(repr(Template(s).substitute(x=1)))
    except ValueError as e:
        print("ValueError:", e)
    print(repr(Template(s).safe_substitute(x=1)), Template(s).is_valid())
for mapping in [{}, {"a": 1}]:
    try:
        print(Template("$a $b").substitute(mapping))
    except KeyError as e:
        print("KeyError:", e)
try:
    Template("${missing}").substitute()
except KeyError as e:
    print("KeyError:", repr(e))
try:
    Template("$x").substitute({}, {})
except TypeError as e:
    print("TypeError:", e)
