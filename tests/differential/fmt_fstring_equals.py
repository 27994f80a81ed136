x = 10
name = "Ann"
pi = 3.14159
print(f"{x=}")
print(f"{x = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{pi=:.2f}")
print(f"{x * 2 + 1=}")
print(f"{x=}, {name=}")
lst = [1, 2]
print(f"{lst=} {len(lst)=}")
print(f"{x=:>5}|")
print(f"{None=}")
print(f"{'é'=}")
