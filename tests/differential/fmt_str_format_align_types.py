rows = [("id", "name", "score"), (1, "Ann", 93.5), (22, "Bartholomew", 7.25), (333, "Cy", 100)]
for r in rows:
    print("{:>4} | {:<12.12} | {:>7}".format(*r))
for i, name, score in rows[1:]:
    print("{0:03d} {1:^11s} {2:08.3f} {2:.1e} {2:.0%}".format(i, name, score / 100))
print("{:,} {:_} {:,.3f}".format(1234567890, 987654321, 1234.5678))
print("{:#x} {:#o} {:#b} {:X}".format(3054, 3054, 10, 3054))
print("{:=+10d}|{:<+10d}|{:^+10d}".format(42, 42, -42))
print("{!r:^12}|{!s:*<8}|".format("s", 3))
print("{0}{1}{0}".format("ab", "-"), "{a}{b}".format(b=1, a=2), "{0[0]}{0[1]}".format("xy"))
