v = 3.14159
n = 1234567
s = "hi"
print(f"{v:.2f}|{v:10.3f}|{v:<10.1f}|{v:^10.2e}|{v:+.0f}|{-v: .1f}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012,}|{n:x}|{n:#X}|{n:#o}|{n:#b}")
print(f"{s:*^8}|{s:>5}|{s:<5}|{s!r:>6}|{s!a}|{s:.1}")
print(f"{0.000012345:g}|{123456789.0:g}|{1e16:g}|{1.5:%}|{0.25:.1%}|{100:e}")
print(f"{'nested'!r:{'>'}{12}}")
width, prec = 12, 3
print(f"{v:{width}.{prec}}|{v:>{width}.{prec}f}|{n:{'x'}}")
print(f"{'a' 'b'}", f"{1 + 1 = }", f"{s = !r}", f"{v=:.2f}")
print(f"{{literal}} {{{n}}}")
d = {"key": [1, 2]}
print(f"{d['key'][1]} {d!r} {len(d)=}")
print(f"{n:>+10d}|{-n:<+10d}|{n:=+12d}|{-42:=8}")
print(f"{True:d} {False!s} {None!r:>6} {3:c}")
print(f"{12.0:n} {1e-7:f} {float('inf'):8.2f} {float('-nan'):f}")
print(f"{1234.5678:,.2f} {-0.0:.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{255:08b} {255:#010x} {-255:x} {7:#x}")
print(f"{'tab':\t^9}" if False else f"{'x':-<4}")
try:
    f"{s:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{v:x}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{n:,x}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{s:=5}"
except ValueError as e:
    print(type(e).__name__, e)
lst = ["a", "b"]
print(f"{', '.join(lst)} {lst[-1]!s:>3} {[x.upper() for x in lst]}")
print(f"{'multi'}" f"{'part'}" "plain")
x = 5
print(f"{x if x > 3 else 'small'} {(lambda y: y * 2)(x)} {x:{'0' if x else ' '}3}")
print(f"{123:,d} {12345678901234567890:,} {-1234.5:_.1f}")
