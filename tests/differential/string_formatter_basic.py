import string
f = string.Formatter()
print(f.format("{} + {} = {}", 1, 2, 3))
print(f.format("{0}{1}{0}", "ab", "cd"))
print(f.format("{name:>8}|{name:<8}|{name:^8}|", name="mid"))
class Pt:
    real = 3.0
    imag = 4.0
print(f.format("{0.real} {0.imag} {1[2]} {2[key]}", Pt(), [1, 2, 3], {"key": "v"}))
print(f.format("{:.3f} {:e} {:,} {:08.2f} {:x} {:#o} {:b}", 3.14159, 12345.678, 1234567, -2.5, 255, 8, 5))
print(f.format("{!r} {!s} {!a}", "q", "q", "é"))
print(f.format("{:{width}.{prec}f}", 2.71828, width=10, prec=2))
print(f.format("{{literal}} {0}", "x"))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(f.format(""), repr(f.format("plain")))
print(f.format("{0!r:>10}", "hi"), f.format("{:%}", 0.25))
print(f.get_value(1, ("a", "b"), {}), f.get_value("k", (), {"k": 3}))
print(f.convert_field(5, "r"), f.convert_field("x", None), f.format_field(3, "03d"))
print(f.get_field("0.__class__.__name__", (1,), {}))
print(list(f.parse("x{0}y{1:>3}z{2!r}")))
print(f.format("{0[0]}{0[1]}", "ab"))
print(f.check_unused_args(set(), (), {}))
