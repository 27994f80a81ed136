import hello
print(hello.square(12), hello.ANSWER, hello.__doc__)
print(hello.greet(3.5), hello.tuple_sum((1, 2, 3)))
try:
    hello.fail()
except ValueError as e:
    print("ValueError:", e)
try:
    hello.tuple_sum([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hello.square("x")
except TypeError as e:
    print("TypeError:", e)
