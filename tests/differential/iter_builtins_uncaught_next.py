def first_even(nums):
    return next(n for n in nums if n % 2 == 0)

print(first_even([1, 3, 4, 6]))
print(next((n for n in [1, 3] if n % 2 == 0), "none found"))
try:
    first_even([1, 3, 5])
except StopIteration:
    print("StopIteration from first_even")
it = iter([10])
print(next(it))
print(next(it, "default"))
next(it)
