items = {"apple": 1.5, "kiwi": 0.25}
n = 3
print(f"{n + 1} {n * 2.5} {n ** 10} {n // 2} {-n}")
print(f"{'yes' if n > 2 else 'no'} {[0]}")
print(f"{items['apple']:.2f} {len(items)} {sorted(items)}")
print(f"{items}")
print(f"{str(n).zfill(4)} {n!r:>4} {'abc'.upper()[::-1]}")
name = "World"
print(f"Hello, {name}! You have {n} new {'message' if n == 1 else 'messages'}.")
print(f"{name[0]}{name[-1]} {name[1:3]} {name.lower()}")
print(f"{3 > 2} {None} {[1, 'a']} {(1,)} {{}}")
print(f"{'a' 'b'}", f"{'x' * 3}", f"{1,}")
def tag(x):
    return f"<{x}>"
print(f"{tag(tag('inner'))}")
print(f"{n:{'>' if n else '<'}5}|")
print(f'{"double inside single"}', f"{'single inside double'}")
print(f"{'\n'.join(['a', 'b'])}")
print(f"{n=!r:>6}", f"{f'{n}' * 2}")
