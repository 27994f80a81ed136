cases = [
    ("int /", lambda: 1 / 0),
    ("int //", lambda: 1 // 0),
    ("int %", lambda: 1 % 0),
    ("float /", lambda: 1.0 / 0),
    ("float / 0.0", lambda: 1 / 0.0),
    ("float //", lambda: 1.0 // 0),
    ("float %", lambda: 1.0 % 0.0),
    ("divmod int", lambda: divmod(1, 0)),
    ("divmod float", lambda: divmod(1.0, 0)),
    ("big int /", lambda: 2 ** 100 / 0),
    ("big int //", lambda: 2 ** 100 // 0),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -2", lambda: 0.0 ** -2),
    ("pow mod 0", lambda: pow(5, 2, 0)),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__ + ":", e)
    except ValueError as e:
        print(label, "->", type(e).__name__ + ":", e)
x = 0
try:
    y = 10
    y /= x
except ZeroDivisionError as e:
    print("augmented:", e)
try:
    y = 10
    y //= x
except ZeroDivisionError as e:
    print("augmented floor:", e)
