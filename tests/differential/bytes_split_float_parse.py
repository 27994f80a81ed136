print(b"  a b  ".split(None, 1), b"  a b  ".rsplit(None, 1), b" a b ".split(None, 0), b"a b".split(None, 0))
print("  a b  ".split(None, 1), "  a b  ".rsplit(None, 1), " a b ".split(None, 0), " a b ".rsplit(None, 0))
print(bytearray(b" x y ").split(maxsplit=1), b"".split(None, 1), b"   ".split(None, 1))
for t in ("--1", "+-1", "-+2.5", "1._5", "1_.5", "1_000.5", ".5", "5.", ".", "1e5", "1e", "1e+_5", "1_e5", "1e1_0", "-.5e-3", " 7 ", "nan", "-inf", "1__0", "_1", "e5", "1.2.3"):
    try:
        print(repr(t), float(t))
    except ValueError as e:
        print(repr(t), "ValueError", e)
