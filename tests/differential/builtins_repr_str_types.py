vals = [0, -1, 1.0, -0.5, 1e100, 2 ** 70, "s", "it's", True, None, b"b", [1, "a"], (1,), (), {"k": [1]}, set(), frozenset(), range(3), slice(1, 2)]
for v in vals:
    print(type(v).__name__, repr(v), str(v))
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
class OnlyStr:
    def __str__(self):
        return "only-str"
print(repr(R()), str(R()), [R()], str(S()), repr(S()), [S()], (S(),), {"k": S()})
print(str(OnlyStr()), f"{OnlyStr()}", "%s" % OnlyStr())
print(repr(print), repr(len))
