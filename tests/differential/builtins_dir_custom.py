class D:
    def __dir__(self):
        return ["b", "a", "c"]


class E:
    def __dir__(self):
        return ("z", "y")


class Plain:
    x = 1


print(dir(D()), dir(E()), "x" in dir(Plain()))
try:
    class Bad:
        def __dir__(self):
            return 5
    dir(Bad())
except TypeError as e:
    print("TypeError:", e)
