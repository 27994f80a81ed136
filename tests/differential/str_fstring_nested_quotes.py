name = "World"
items = {"a": 1, "b": [10, 20]}
print(f"Hello {name}!", f'{name!r}', f"{'nested ' + name}", f"{items['b'][1]}", f'{items["a"]}')
print(f"{f'{name:>8}'}|", f"{f'{f"{1 + 1}"}'}", f"{'{'}{name}{'}'}")
print(f"{name.upper()=}", f"{len(name) * 2 = }", f"{items=}", f"{ name = }")
width = 10
print(f"{name:^{width}}|", f"{3.14159:.{width // 5}f}", f"{name:{'*'}<{width}}")
x = 255
print(f"{x:#x} {x:#o} {x:#b} {x:08.2f} {x:+} {x:,}")
print(f"{x!s:>5}{x!r:<5}|", f"{'a' if x > 100 else 'b'}", f"{[i * 2 for i in range(3)]}", f"{ {'k': x} }")
print(f"{'\\n' if False else 'newline-free'}" if False else f"{chr(10) == '\n'}")
print(f"""{name}
multi""", f"{name}" f"{x}" "lit")
print(f"{x:{'>'}{'10'}}", f"{x:{''}}", f"{-x:=10}", f"{x: }")
lst = [1, 2, 3]
print(f"{lst[0]}{lst[-1]}", f"{lst[1:]}", f"{lst!r:>12}", f"{sum(lst):03}")
print(f"{(lambda v: v * 2)(4)}", f"{(y := 5) + y}", f"{', '.join(f'{v:02d}' for v in lst)}")
class P:
    def __format__(self, spec):
        return f"P[{spec}]"
print(f"{P():abc}", f"{P():{x}}", f"{P()!s:>3}"[:2] if False else f"{P()}")
print(f"{1e3:g} {1e-3:.1e} {12345.6789:,.2f} {0.5:.0%} {-1:+d}")
print(f"{{}}{{{x}}}{{", f"}}")
d = {"key": "value"}
print(f"{d['key']!r}", f"{d.get('missing', 'dflt')}", f"{str(d)[:5]}")
