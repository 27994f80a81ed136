print(isinstance(3, int | str), isinstance(None, int | None), isinstance("a", int | float), issubclass(bool, int | str), issubclass(str, float | None))
T = list[int] | None
print(isinstance([], list | dict))
try:
    isinstance(3, list[int] | None)
except TypeError as e:
    print("TypeError:", e)
