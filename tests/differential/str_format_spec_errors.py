specs = ["<", ">10", "^10.3", "+", "-", " ", "#", "0", "010", ".3", "x", "X", "o", "b", "c", "d", "e", "E", "f", "F", "g", "G", "n", "%", "s", "=10", "*^10", "#x", "#o", "#b", "+#x"]
for spec in specs:
    row = []
    for v in (42, -3.5, "txt"):
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError) as e:
            row.append(f"{type(e).__name__}")
    print(repr(spec), row)
for bad in ["<<", ".x", "10.", "x10", ",,", ",_", "_,"]:
    try:
        print(bad, format(5, bad))
    except ValueError as e:
        print(bad, type(e).__name__)
print(format(1e10, ","), format(1234.5, "_"), format(-0.0, "z.1f"), format(-0.001, "z.1f"))
