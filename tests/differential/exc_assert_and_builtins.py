def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(1))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], ("tuple", "msg")
except AssertionError as e:
    print(e.args)
cases = [
    lambda: int("x"),
    lambda: [].pop(),
    lambda: {}["missing"],
    lambda: None.attr,
    lambda: undefined_var,
    lambda: 1 / 0,
    lambda: "a" + 1,
    lambda: [1, 2][5],
    lambda: iter(5),
    lambda: float("z"),
    lambda: list(range(3)).index(7),
    lambda: (1).foo,
    lambda: "abc".foo(),
    lambda: len(5),
    lambda: int.bad_attr,
    lambda: ord(""),
    lambda: chr("a"),
    lambda: hash([]),
    lambda: sorted(5),
    lambda: min(),
    lambda: dict(1),
    lambda: set(1),
    lambda: tuple(None),
    lambda: "x".join(5),
    lambda: (1, 2) + [3],
    lambda: {1: 2} + {3: 4},
    lambda: 2 ** "x",
    lambda: divmod(1, 0),
    lambda: int("99999999999999999999999", 2),
    lambda: [].remove(1),
    lambda: "abc".index("z"),
    lambda: bytes(-1),
    lambda: range(1, 2, 0),
    lambda: getattr(1, "nope"),
    lambda: isinstance(1, 2),
    lambda: issubclass(1, int),
]
for i, fn in enumerate(cases):
    try:
        fn()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
