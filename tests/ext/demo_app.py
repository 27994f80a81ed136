import demo

print(demo.IMPLEMENTATION, demo.scale(14), demo.scale_all([1, 2, 3]))
try:
    demo.scale("x")
except TypeError as e:
    print("TypeError:", e)
