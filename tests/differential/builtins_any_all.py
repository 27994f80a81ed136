print(any([]), all([]), any([0]), all([0]), any([0, 1]), all([1, 1]))
print(any(""), all(""), any("a"), any([None, "", 0.0]), all(["a", [0]]))
print(any(range(0)), all(range(1, 5)), all(range(0, 5)))
def pred(x):
    print("check", x)
    return x > 2
vals = [1, 3, 5]
print(any(map(pred, vals)))
print(all(map(pred, vals)))
nums = [2, 4, 6, 7]
even_flags = []
for n in nums:
    even_flags.append(n % 2 == 0)
print(all(even_flags), any(even_flags), even_flags.count(True))
print(any({0: "x"}), any({1: ""}), all({}), all({0: 1}))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
