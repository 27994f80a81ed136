class C: pass
x = list[int]
print(x, dict[str, C], tuple[int, ...], tuple[()], set[frozenset[int]])
print(x.__origin__, x.__args__, x == list[int], x != list[str], hash(x) == hash(list[int]))
print(x([1, 2]), x.append)
u = int | None
print(u, u.__args__, int | str | int, (int | str) == (str | int), type(u).__name__, type(x).__name__)
print(list[int] | None)
try:
    1 | int
except TypeError as e:
    print("TypeError", e)
def f(a: int | None = None) -> dict[str, list[int]]:
    return {}
print(f.__annotations__)
