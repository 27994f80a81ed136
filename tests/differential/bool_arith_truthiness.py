print(True + True, True * 10, False - True, True / 2, True // 1, -True, -False)
print(True == 1, False == 0, True is True, True != False)
print(sum([True, True, False, True]))
print(str(True), repr(False), int(True), float(False))
print(True and False, True or False, not True)
print(True & True, True | False, False ^ True, type(True ^ False).__name__)
for v in [0, 1, -1, 0.0, 0.1, "", "0", " ", [], [0], (), (None,), {}, {"": 0}, None, set(), range(0), range(1)]:
    print(repr(v), bool(v))
print(bool(), bool(bool))
print(isinstance(True, int), issubclass(bool, int), type(True).__name__)
print(True > False, max(True, False), sorted([True, False, True]))
print(["no", "yes"][True], ["no", "yes"][False])
print(hash(True) == hash(1), {1: "a", True: "b"})
class Box:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        return self.n > 0
class Sized:
    def __len__(self):
        return 0
print(bool(Box(3)), bool(Box(0)), bool(Sized()), not Sized())
if Box(5) and not Box(-1):
    print("custom truthiness works")
